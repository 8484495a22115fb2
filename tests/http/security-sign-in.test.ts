/**
 * Class: who a client is, and what it may try. Sign-ins are throttled by the client's address
 * (and by address and account), never by the account alone: an outsider failing over and over
 * cannot keep the owner out. The address is the socket's (no proxy in front here), so a made-up
 * X-Forwarded-For never chooses the key of a rate limit. Each attacker below connects from its
 * own loopback address (127.0.0.0/8), as distinct clients do.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../../tooling/server'
import { adminLogin, api, apiFrom } from '../helpers/http'

type Errors = { errors?: { message: string }[]; token?: string }
const run = Date.now()
let admin: string

beforeAll(async () => {
  admin = await adminLogin()
})

const signIn = (
  from: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) =>
  apiFrom<Errors>(from, '/api/users/login', { method: 'POST', body: { email, password }, headers })

describe('sign-in attempts are throttled by who makes them', () => {
  it('stops an address after 5 failures on one account, with 429 and a wait', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 7; i++)
      statuses.push((await signIn('127.0.0.2', ADMIN_EMAIL, `guess ${i}`)).status)
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses.slice(5)).toEqual([429, 429])
    const refused = await signIn('127.0.0.2', ADMIN_EMAIL, ADMIN_PASSWORD)
    expect(refused.status).toBe(429)
    expect(refused.body.errors?.[0].message).toMatch(/Too many sign-in attempts.*\d+ min/)
  })

  it('never stops the owner signing in from another address, and locks no account', async () => {
    const owner = await signIn('127.0.0.3', ADMIN_EMAIL, ADMIN_PASSWORD)
    expect(owner.status).toBe(200)
    expect(owner.body.token).toBeTruthy()
    // The usual client (127.0.0.1) too.
    await expect(adminLogin()).resolves.toBeTruthy()
  })

  it('cannot be escaped with a made-up X-Forwarded-For per attempt', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 8; i++)
      statuses.push(
        (await signIn('127.0.0.4', ADMIN_EMAIL, `guess ${i}`, { 'X-Forwarded-For': `10.0.0.${i}` }))
          .status,
      )
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3)
  })

  it('counts every aliased sign-in of a GraphQL request', async () => {
    const mutations = Array.from(
      { length: 12 },
      (_, i) => `a${i}: loginUser(email: "${ADMIN_EMAIL}", password: "guess ${i}") { token }`,
    )
    const res = await apiFrom<{ errors?: { message: string }[] }>('127.0.0.5', '/api/graphql', {
      method: 'POST',
      body: { query: `mutation { ${mutations.join(' ')} }` },
    })
    expect(res.status).toBeLessThan(500)
    const messages = (res.body.errors ?? []).map((e) => e.message)
    expect(
      messages.filter((m) => /Too many sign-in attempts/.test(m)).length,
    ).toBeGreaterThanOrEqual(7)
  })

  it('stops an address that floods many accounts, and forgives a success', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 24; i++)
      statuses.push((await signIn('127.0.0.6', `nobody-${run}-${i}@http.test`, 'guess')).status)
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true)
    // Successes from a busy address cost nothing: many sign-ins in a row all pass.
    for (let i = 0; i < 25; i++)
      expect((await signIn('127.0.0.7', ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200)
  })

  it('throttles password-reset requests by address too', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 7; i++)
      statuses.push(
        (
          await apiFrom('127.0.0.8', '/api/users/forgot-password', {
            method: 'POST',
            body: { email: ADMIN_EMAIL },
          })
        ).status,
      )
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
    expect(statuses.slice(5)).toEqual([429, 429])
  })
})

describe("rate limits key on the socket's address, never on a header the client writes", () => {
  it('a beacon flood with a new X-Forwarded-For each time is still limited, per address', async () => {
    const beacon = (from: string, i: number) =>
      apiFrom(from, '/api/beacon', {
        method: 'POST',
        body: JSON.stringify({ type: 'songs', slug: 'call-1300', event: 'view', source: 'site' }),
        headers: { 'Content-Type': 'text/plain', 'X-Forwarded-For': `198.51.100.${i % 250}` },
      })
    const statuses: number[] = []
    for (let i = 0; i < 60; i++) statuses.push((await beacon('127.0.0.9', i)).status)
    expect(statuses).toContain(429)
    // Another client is not affected.
    expect((await beacon('127.0.0.10', 0)).status).toBe(204)
    expect(admin).toBeTruthy()
  })

  it("ignores a client's own x-siang-client-address", async () => {
    // Search allows bursts of 60, then 30 a second: 150 at once go past it, whatever each says.
    const statuses = await Promise.all(
      Array.from(
        { length: 150 },
        async (_, i) =>
          (
            await apiFrom('127.0.0.11', `/api/search?q=song&n=${i}`, {
              headers: { 'x-siang-client-address': `203.0.113.${i % 250}` },
            })
          ).status,
      ),
    )
    expect(statuses).toContain(429)
    expect((await api('/api/health')).status).toBe(200)
  })
})
