import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, api, server } from '../helpers/http'

let admin: string
type Errors = { errors: { message: string }[] }

beforeAll(async () => {
  admin = await adminLogin()
})

describe('bad input gets a clear error with the right status, never a 500', () => {
  it('answers 400 with a message for a body that is not JSON', async () => {
    const res = await fetch(`${server().url}/api/songs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${admin}` },
      body: '{"title": "unterminated',
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as Errors).errors[0].message).toBe(
      'The request body is not valid JSON.',
    )
  })

  it('answers 404 for an id that cannot exist', async () => {
    for (const path of ['/api/songs/abc', '/api/songs/999999', '/api/news/1e400']) {
      const res = await api<Errors>(path)
      expect(res.status).toBe(404)
    }
  })

  it('answers 400 naming the field for a relation to a document that does not exist', async () => {
    const res = await api<Errors>('/api/songs', {
      method: 'POST',
      token: admin,
      body: { title: 'Dangling', provinces: [987654] },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/Provinces/)
  })

  it('answers 400 for an unknown option and for a query on a field that does not exist', async () => {
    const option = await api<Errors>('/api/songs', {
      method: 'POST',
      token: admin,
      body: { title: 'Odd', audiences: ['aliens'] },
    })
    expect(option.status).toBe(400)
    expect(option.body.errors[0].message).toMatch(/Audiences/)
    const query = await api<Errors>('/api/songs?where[nope][equals]=1', { token: admin })
    expect(query.status).toBe(400)
    expect(query.body.errors[0].message).toMatch(/nope/)
  })

  it('answers 400 for a missing required field, naming it', async () => {
    const res = await api<Errors>('/api/episodes', {
      method: 'POST',
      token: admin,
      body: { title: 'Orphan' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/Drama/)
  })

  it('says what is wrong in the language of the admin (its payload-lng cookie), English by default', async () => {
    const bad = { title: 'Bad link', platforms: ['x'], link: 'not a web address' }
    const post = (headers: Record<string, string> = {}) =>
      api<{ errors: { data?: { errors?: { path: string; message: string }[] } }[] }>(
        '/api/social-posts',
        { method: 'POST', token: admin, body: bad, headers },
      )
    const message = (r: Awaited<ReturnType<typeof post>>) =>
      r.body.errors[0].data?.errors?.find((e) => e.path === 'link')?.message
    const english = await post()
    expect(english.status).toBe(400)
    expect(message(english)).toBe('"not a web address" is not a web address (http:// or https://)')
    const lao = await post({ Cookie: 'payload-lng=lo' })
    expect(lao.status).toBe(400)
    expect(message(lao)).toBe('"not a web address" ບໍ່ແມ່ນທີ່ຢູ່ເວັບ (http:// ຫຼື https://)')
  })
})
