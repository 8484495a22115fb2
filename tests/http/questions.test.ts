/**
 * Anonymous questions against the running server: what is stored (and what is not), who can see
 * them through REST, GraphQL, versions and search, the flood limit, the honeypot, the notice
 * email and the no-script form. Each sender connects from a loopback address of its own
 * (127.0.0.0/8), so that the flood limit of one test never touches another.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, api, apiFrom, login, partnerLogin, server } from '../helpers/http'

type Doc = { id: number | string; message?: string; province?: unknown; contact?: string | null }
type List = { docs: Doc[]; totalDocs: number }
type Errors = { errors?: { message: string }[] }

const run = Date.now()
let admin: string
let partner: string
let provincial: string
let provincialEmail: string
let home: Doc
let away: Doc

const ask = (from: string, body: unknown, headers: Record<string, string> = {}) =>
  apiFrom<Errors & { ok?: boolean }>(from, '/api/questions', { method: 'POST', body, headers })

/** The questions whose message contains `text`, as `token` may see them. */
const questions = (text: string, token?: string) =>
  api<List & Errors>(
    `/api/questions?where[message][contains]=${encodeURIComponent(text)}&limit=20&depth=0`,
    { token },
  )

async function province(code: string): Promise<Doc> {
  return (await api<List>(`/api/provinces?where[code][equals]=${code}`)).body.docs[0]
}

beforeAll(async () => {
  admin = await adminLogin()
  home = await province('LA-SV')
  away = await province('LA-LP')
  partner = await partnerLogin(admin, `questions-${run}`)
  provincialEmail = `questions-provincial-${run}@http.test`
  const made = await api<{ doc: Doc }>('/api/users', {
    method: 'POST',
    token: admin,
    body: {
      email: provincialEmail,
      password: 'a long enough password',
      roles: ['provincial-editor'],
      provinces: [home.id],
    },
  })
  expect(made.status).toBe(201)
  provincial = await login(provincialEmail, 'a long enough password')
}, 60_000)

afterAll(async () => {
  // Leave the shared server as it was: no focal points, none of this file's questions.
  await api(`/api/provinces/${home.id}`, {
    method: 'PATCH',
    token: admin,
    body: { focalPoints: [] },
  })
  const mine = await questions(`${run}`, admin)
  for (const doc of mine.body.docs ?? [])
    await api(`/api/questions/${doc.id}`, { method: 'DELETE', token: admin })
})

describe('POST /api/questions', () => {
  it('stores a question with no address, no agent, and sets no cookie', async () => {
    const message = `ມີຄົນສະເໜີວຽກຢູ່ຕ່າງປະເທດ stored-${run}`
    const agent = `AgentOfSender/${run}`
    const res = await api<{ ok?: boolean }>('/api/questions', {
      method: 'POST',
      body: { message, contact: '020 5555 0101', province: home.id },
      headers: { 'User-Agent': agent, 'X-Forwarded-For': '203.0.113.77' },
    })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({ ok: true })
    expect(res.headers.get('set-cookie')).toBeNull()

    const found = await questions(`stored-${run}`, admin)
    expect(found.body.docs).toHaveLength(1)
    const doc = found.body.docs[0]
    expect(doc).toMatchObject({ message, contact: '020 5555 0101', province: home.id })
    const text = JSON.stringify(doc)
    for (const trace of ['127.0.0.1', '203.0.113.77', agent]) expect(text).not.toContain(trace)

    // The database itself: the row holds only the fields, and no table holds the agent.
    const db = createClient({ url: server().databaseURI })
    try {
      const row = (
        await db.execute({ sql: 'SELECT * FROM questions WHERE id = ?', args: [doc.id] })
      ).rows[0]
      expect(Object.keys(row).sort()).toEqual(
        [
          'closed_at',
          'contact',
          'contact_erased_at',
          'created_at',
          'id',
          'language',
          'message',
          'notes',
          'province_id',
          'referred_to_id',
          'status',
          'updated_at',
        ].sort(),
      )
      for (const trace of ['127.0.0.1', '203.0.113.77', agent])
        expect(JSON.stringify(row)).not.toContain(trace)
      const tables = (
        await db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
      ).rows.map((r) => String(r.name))
      for (const table of tables) {
        const rows = await db.execute(`SELECT * FROM "${table}"`)
        expect(JSON.stringify(rows.rows)).not.toContain(agent)
      }
    } finally {
      db.close()
    }
  })

  it('sends a no-script form back to the help page with 303, sent or with the reason', async () => {
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' }
    const body = new URLSearchParams({
      message: `ລູກສາວຍັງບໍ່ກັບມາ form-${run}`,
      province: '',
      contact: '',
      language: 'lo',
      website: '',
    }).toString()
    const sent = await ask('127.0.0.41', body, form)
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe('/lo/help?sent=1#question')
    expect((await questions(`form-${run}`, admin)).body.docs).toHaveLength(1)

    const empty = await ask('127.0.0.41', 'message=+&language=en', form)
    expect(empty.status).toBe(303)
    expect(empty.headers.get('location')).toBe('/en/help?error=empty#question')

    // Where they lead: the help page with its form, and the thanks or the reason above it.
    const page = async (path: string) => (await fetch(`${server().url}${path}`)).text()
    const plain = await page('/lo/help')
    expect(plain).toMatch(/<form[^>]*method="post"[^>]*action="\/api\/questions"/)
    expect(plain).not.toContain('class="question-sent"')
    expect(await page('/lo/help?sent=1')).toContain('class="question-sent"')
    expect(await page('/en/help?error=empty')).toContain('Please write your question first.')
    // The page kept for /lo/help is not the one with the thanks.
    expect(await page('/lo/help')).not.toContain('class="question-sent"')
  })

  it('refuses bad input with a clear 400, 413 or 415, storing nothing', async () => {
    const cases: [unknown, number, RegExp, Record<string, string>?][] = [
      [{ message: '   ' }, 400, /message/],
      [{ message: `unknown province ${run}`, province: 987654 }, 400, /province/],
      [{ message: `bad language ${run}`, language: 'fr' }, 400, /language/],
      [{ message: `long contact ${run}`, contact: '9'.repeat(101) }, 400, /contact/],
      [{ message: 'x'.repeat(2001) }, 400, /2000/],
      ['{"message": "broken', 400, /JSON/, { 'Content-Type': 'application/json' }],
      [{ message: 'y'.repeat(40_000) }, 413, /too large/],
      [`message=plain ${run}`, 415, /application\/json/, { 'Content-Type': 'text/plain' }],
    ]
    for (const [body, status, message, headers] of cases) {
      const res = await ask('127.0.0.43', body, headers)
      expect([res.status, res.body.errors?.[0]?.message]).toEqual([
        status,
        expect.stringMatching(message),
      ])
    }
    expect((await questions(`${run}`, admin)).body.docs.map((d) => d.message)).not.toEqual(
      expect.arrayContaining([
        expect.stringMatching(/unknown province|bad language|long contact|plain/),
      ]),
    )
  })

  it('refuses a filled honeypot with 400 and stores nothing', async () => {
    const res = await ask('127.0.0.44', {
      message: `buy now honeypot-${run}`,
      website: 'https://spam.example',
    })
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0]?.message).toBeTruthy()
    expect((await questions(`honeypot-${run}`, admin)).body.docs).toHaveLength(0)
  })

  it('holds back a flood from one address with 429 and Retry-After, and not other senders', async () => {
    const statuses: number[] = []
    let last: Awaited<ReturnType<typeof ask>> | undefined
    for (let i = 0; i < 13; i++) {
      last = await ask('127.0.0.45', { message: '' })
      statuses.push(last.status)
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400))
    expect(statuses.slice(10)).toEqual([429, 429, 429])
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(last!.body.errors?.[0]?.message).toMatch(/Too many questions/)
    expect((await ask('127.0.0.46', { message: `after a flood ${run}` })).status).toBe(201)
  })
})

describe('questions are staff only', () => {
  let ids: Record<'home' | 'away' | 'none', number | string>

  beforeAll(async () => {
    const post = async (where: string, province?: unknown) => {
      const res = await ask('127.0.0.47', {
        message: `scoped ${where} secret-${run}`,
        ...(province ? { province } : {}),
      })
      expect(res.status).toBe(201)
    }
    await post('home', home.id)
    await post('away', away.id)
    await post('none')
    const all = (await questions(`secret-${run}`, admin)).body.docs
    const idOf = (where: string) => all.find((d) => d.message?.includes(`scoped ${where}`))!.id
    ids = { home: idOf('home'), away: idOf('away'), none: idOf('none') }
  })

  it('are never readable by the public or partners through REST or versions', async () => {
    for (const token of [undefined, partner]) {
      const list = await questions(`secret-${run}`, token)
      expect(list.status).toBe(403)
      expect(JSON.stringify(list.body)).not.toContain(`secret-${run}`)
      for (const id of Object.values(ids)) {
        const one = await api(`/api/questions/${id}`, { token })
        expect(one.status).toBe(403)
        expect(JSON.stringify(one.body)).not.toContain(`secret-${run}`)
      }
      const versions = await api(`/api/questions/versions?limit=0`, { token })
      expect(versions.status).toBeGreaterThanOrEqual(400)
      expect(JSON.stringify(versions.body)).not.toContain(`secret-${run}`)
      const all = await api(`/api/questions?limit=0`, { token })
      expect(all.status).toBe(403)
    }
  })

  it('are not in GraphQL, for anyone', async () => {
    for (const token of [undefined, partner, admin]) {
      const res = await api<{ data?: unknown; errors?: { message: string }[] }>('/api/graphql', {
        method: 'POST',
        token,
        body: { query: '{ Questions(limit: 50) { docs { id message contact } } }' },
      })
      expect(res.body.errors?.length).toBeGreaterThan(0)
      expect(JSON.stringify(res.body)).not.toContain(`secret-${run}`)
    }
  })

  it('are not in search', async () => {
    const res = await api<{ docs: unknown[]; totalDocs: number }>(
      `/api/search?q=${encodeURIComponent(`secret-${run}`)}&locale=lo`,
    )
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(0)
    expect(JSON.stringify(res.body)).not.toContain(`secret-${run}`)
  })

  it('a provincial editor sees and answers only its own provinces’ questions', async () => {
    const seen = (await questions(`secret-${run}`, provincial)).body.docs.map((d) => d.id)
    expect(seen).toEqual([ids.home])
    // Outside its scope a question is as if it did not exist.
    for (const id of [ids.away, ids.none]) {
      const other = await api(`/api/questions/${id}`, { token: provincial })
      expect(other.status).toBe(404)
      expect(JSON.stringify(other.body)).not.toContain(`secret-${run}`)
    }
    const answered = await api<{ doc: { status: string; closedAt?: string } }>(
      `/api/questions/${ids.home}`,
      {
        method: 'PATCH',
        token: provincial,
        body: {
          status: 'closed',
          notes: 'Referred to the shelter',
          closedAt: '2000-01-01T00:00:00Z',
        },
      },
    )
    expect(answered.status).toBe(200)
    expect(answered.body.doc.status).toBe('closed')
    // closedAt is Siang's: set now, not what the caller wrote.
    expect(new Date(answered.body.doc.closedAt!).getFullYear()).toBeGreaterThan(2000)
    const refused = await api(`/api/questions/${ids.away}`, {
      method: 'PATCH',
      token: provincial,
      body: { status: 'closed' },
    })
    expect(refused.status).toBe(403)
    // The national level sees all three, the one with no province too.
    const national = (await questions(`secret-${run}`, admin)).body.docs.map((d) => d.id)
    expect(national.sort()).toEqual(Object.values(ids).sort())
  })

  it('a contact can be erased by hand at once, and never written back', async () => {
    expect(
      (
        await ask('127.0.0.49', {
          message: `erase me ${run}`,
          province: home.id,
          contact: '020 77',
        })
      ).status,
    ).toBe(201)
    const id = (await questions(`erase me ${run}`, provincial)).body.docs[0].id
    type Erased = { doc: { contact?: string | null; contactErasedAt?: string | null } }
    const patch = (body: unknown) =>
      api<Erased>(`/api/questions/${id}`, { method: 'PATCH', token: provincial, body })
    // Without the tick, the contact stays; with it, it goes and the time is kept.
    expect((await patch({ notes: 'Called back' })).body.doc.contact).toBe('020 77')
    const erased = await patch({ eraseContact: true })
    expect(erased.status).toBe(200)
    expect(erased.body.doc.contact ?? null).toBeNull()
    expect(Date.now() - Date.parse(erased.body.doc.contactErasedAt!)).toBeLessThan(60_000)
    // Nothing puts a contact back, and the tick itself is not kept.
    const again = await patch({ contact: '020 99', eraseContact: false })
    expect(again.status).toBe(200)
    expect(again.body.doc.contact ?? null).toBeNull()
    expect(again.body.doc).not.toHaveProperty('eraseContact', true)
    const row = await api<Doc>(`/api/questions/${id}?depth=0`, { token: admin })
    expect(row.body.contact ?? null).toBeNull()
  })

  it('has no REST create: a signed-in POST is one more anonymous question, tied to nobody', async () => {
    const res = await api('/api/questions', {
      method: 'POST',
      token: admin,
      body: { message: `through REST ${run}` },
    })
    // The route takes every POST as an anonymous question: the admin's token changes nothing.
    expect(res.status).toBe(201)
    const stored = (await questions(`through REST ${run}`, admin)).body.docs
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ contact: null })
  })
})

describe('the notice to focal points', () => {
  it('goes to each of the province’s focal points alone, with a link, and never the message', async () => {
    type Me = { user: { id: number | string; email: string } }
    const me = await api<Me>('/api/users/me', { token: provincial })
    const other = await api<Me>('/api/users/me', { token: admin })
    const set = await api(`/api/provinces/${home.id}`, {
      method: 'PATCH',
      token: admin,
      body: { focalPoints: [me.body.user.id, other.body.user.id] },
    })
    expect(set.status).toBe(200)
    // Focal points are staff's business: the public reads provinces without them.
    const open = await api<{ focalPoints?: unknown }>(`/api/provinces/${home.id}`)
    expect(open.body.focalPoints).toBeUndefined()

    const message = `ນ້ອງສາວຖືກພາໄປ notice-${run}`
    expect(
      (await ask('127.0.0.48', { message, province: home.id, contact: 'Telegram @n' })).status,
    ).toBe(201)
    const id = (await questions(`notice-${run}`, admin)).body.docs[0].id
    const logFile = path.join(server().dir, 'server.log')
    const link = `${server().url}/admin/collections/questions/${id}`
    let lines: string[] = []
    for (let i = 0; i < 50 && lines.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 100))
      lines = fs
        .readFileSync(logFile, 'utf8')
        .split('\n')
        .filter((l) => l.includes(`/admin/collections/questions/${id}`))
    }
    // Two mails, each to one person: neither learns who else was told.
    const told = (email: string) => lines.filter((l) => l.includes(email))
    expect(lines).toHaveLength(2)
    expect(told(provincialEmail)).toHaveLength(1)
    expect(told(other.body.user.email)).toHaveLength(1)
    expect(told(provincialEmail)[0]).not.toContain(other.body.user.email)
    for (const line of lines) {
      expect(line).toContain(link)
      for (const secret of [message, 'ນ້ອງສາວ', `notice-${run}`, 'Telegram @n'])
        expect(line).not.toContain(secret)
    }
  })
})
