/**
 * Anonymous questions through the Local API and the endpoint's logic, on a real SQLite file:
 * who sees them, what Siang alone writes, the notice, and the purge of contact details.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'
import { newQuestions } from '../../src/help/dashboard'
import { noticeRecipients } from '../../src/help/notify'
import { eraseClosedContacts } from '../../src/help/purge'
import { receiveQuestion } from '../../src/help/receive'
import { bootPayload, engine } from '../helpers/payload'
import { createRoleUsers, type RoleUsers } from '../helpers/users'

let payload: Payload
let u: RoleUsers
const DAY = 24 * 60 * 60 * 1000

beforeAll(async () => {
  payload = await bootPayload()
  u = await createRoleUsers(payload)
}, 60_000)

afterAll(async () => {
  await payload?.destroy()
})

const asUser = (user: RoleUsers[keyof RoleUsers] | undefined) =>
  ({ overrideAccess: false, user }) as { overrideAccess: false; user: never }

let sender = 0
/** A question as the help page's script sends it, from an address of its own. */
const post = (body: unknown, headers: Record<string, string> = {}) =>
  receiveQuestion(
    new Request('http://siang.test/api/questions', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-siang-client-address': `198.51.100.${++sender}`,
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    async () => payload,
  )

const ask = (message: string, province: number | null = null, contact: string | null = null) =>
  payload.create({
    collection: 'questions',
    data: { message, province, contact, language: 'lo', status: 'new' },
  })

describe(`who sees and answers questions (${engine})`, () => {
  it('national staff see every question, a provincial editor only its own provinces', async () => {
    const tag = `scope-${Date.now()}`
    const home = await ask(`${tag} home`, u.home.id)
    const away = await ask(`${tag} away`, u.away.id)
    const national = await ask(`${tag} none`)
    const seen = async (user: RoleUsers[keyof RoleUsers]) =>
      (
        await payload.find({
          collection: 'questions',
          where: { message: { like: tag } },
          limit: 10,
          ...asUser(user),
        })
      ).docs
        .map((d) => d.id)
        .sort()
    const all = [home.id, away.id, national.id].sort()
    expect(await seen(u.admin)).toEqual(all)
    expect(await seen(u.editor)).toEqual(all)
    expect(await seen(u.reviewer)).toEqual(all)
    expect(await seen(u.provincial)).toEqual([home.id])
    await expect(
      payload.find({ collection: 'questions', ...asUser(u.partner) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.find({ collection: 'questions', ...asUser(undefined) }),
    ).rejects.toMatchObject({ status: 403 })
    // Answering: its own province's question, yes; another's or a national one, no.
    const answered = await payload.update({
      collection: 'questions',
      id: home.id,
      data: { status: 'in-progress', notes: 'Called back' },
      ...asUser(u.provincial),
    })
    expect(answered.status).toBe('in-progress')
    for (const id of [away.id, national.id])
      await expect(
        payload.update({
          collection: 'questions',
          id,
          data: { notes: 'x' },
          ...asUser(u.provincial),
        }),
      ).rejects.toMatchObject({ status: 403 })
    // Nor may it move its question to a province not its own.
    await expect(
      payload.update({
        collection: 'questions',
        id: home.id,
        data: { province: u.away.id },
        ...asUser(u.provincial),
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('lets nobody create one through Payload, and only admins delete', async () => {
    for (const user of [u.admin, u.editor, u.provincial, u.partner, undefined])
      await expect(
        payload.create({
          collection: 'questions',
          data: { message: 'x', language: 'lo', status: 'new' },
          ...asUser(user),
        }),
      ).rejects.toMatchObject({ status: 403 })
    const q = await ask('to delete', u.home.id)
    await expect(
      payload.delete({ collection: 'questions', id: q.id, ...asUser(u.editor) }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.delete({ collection: 'questions', id: q.id, ...asUser(u.admin) })
  })

  it('keeps what the sender wrote and the dates Siang keeps out of staff hands', async () => {
    const q = await ask('as sent', u.home.id, '020 1234 5678')
    const updated = await payload.update({
      collection: 'questions',
      id: q.id,
      data: {
        message: 'rewritten',
        contact: 'someone else',
        language: 'en',
        closedAt: '2000-01-01T00:00:00.000Z',
        contactErasedAt: '2000-01-01T00:00:00.000Z',
      },
      ...asUser(u.admin),
    })
    expect(updated).toMatchObject({ message: 'as sent', contact: '020 1234 5678', language: 'lo' })
    expect(updated.closedAt ?? null).toBeNull()
    expect(updated.contactErasedAt ?? null).toBeNull()
  })

  it('stamps closedAt when a question is closed, and clears it when it is opened again', async () => {
    const q = await ask('to close', u.home.id)
    const before = Date.now()
    const closed = await payload.update({
      collection: 'questions',
      id: q.id,
      data: { status: 'closed' },
      ...asUser(u.provincial),
    })
    expect(new Date(closed.closedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    const again = await payload.update({
      collection: 'questions',
      id: q.id,
      data: { status: 'in-progress' },
      ...asUser(u.provincial),
    })
    expect(again.closedAt ?? null).toBeNull()
  })
})

describe(`new questions on the dashboard (${engine})`, () => {
  it('lists new questions as the user may see them, without their text', async () => {
    const home = await ask('dashboard home', u.home.id)
    const national = await ask('dashboard national')
    const ids = async (user: RoleUsers[keyof RoleUsers]) =>
      (await newQuestions(payload, user as never))?.items.map((q) => q.id)
    expect(await ids(u.editor)).toEqual(expect.arrayContaining([home.id, national.id]))
    const provincial = await newQuestions(payload, u.provincial as never)
    expect(provincial?.items.map((q) => q.id)).toContain(home.id)
    expect(provincial?.items.map((q) => q.id)).not.toContain(national.id)
    expect(provincial?.items.every((q) => String(q.province) === String(u.home.id))).toBe(true)
    expect(JSON.stringify(provincial)).not.toContain('dashboard home')
    expect(await newQuestions(payload, u.partner as never)).toBeNull()
    // An answered question is no longer new.
    await payload.update({ collection: 'questions', id: home.id, data: { status: 'in-progress' } })
    expect(await ids(u.editor)).not.toContain(home.id)
  })
})

describe(`the purge of contact details (${engine})`, () => {
  it('erases a closed question’s contact on the day it is due, not before, and keeps the rest', async () => {
    const q = await ask('purge me', u.home.id, 'Telegram @someone')
    const open = await ask('still open', u.home.id, 'WhatsApp 020 9999')
    const closed = await payload.update({
      collection: 'questions',
      id: q.id,
      data: { status: 'closed' },
    })
    const closedAt = new Date(closed.closedAt!).getTime()

    expect(
      await eraseClosedContacts(payload, { now: new Date(closedAt + 89 * DAY), days: 90 }),
    ).toBe(0)
    expect((await payload.findByID({ collection: 'questions', id: q.id })).contact).toBe(
      'Telegram @someone',
    )

    const due = new Date(closedAt + 90 * DAY)
    expect(await eraseClosedContacts(payload, { now: due, days: 90 })).toBeGreaterThanOrEqual(1)
    const erased = await payload.findByID({ collection: 'questions', id: q.id })
    expect(erased.contact ?? null).toBeNull()
    expect(erased.contactErasedAt).toBe(due.toISOString())
    expect(erased).toMatchObject({ message: 'purge me', status: 'closed' })
    // An open question keeps its contact, however old.
    expect((await payload.findByID({ collection: 'questions', id: open.id })).contact).toBe(
      'WhatsApp 020 9999',
    )
    // A second run finds nothing left to do.
    expect(await eraseClosedContacts(payload, { now: due, days: 90 })).toBe(0)
  })

  it('reads the number of days from QUESTIONS_ERASE_DAYS', async () => {
    const q = await ask('short keep', u.home.id, '020 1111')
    const closed = await payload.update({
      collection: 'questions',
      id: q.id,
      data: { status: 'closed' },
    })
    const closedAt = new Date(closed.closedAt!).getTime()
    process.env.QUESTIONS_ERASE_DAYS = '3'
    try {
      await eraseClosedContacts(payload, { now: new Date(closedAt + 2 * DAY) })
      expect((await payload.findByID({ collection: 'questions', id: q.id })).contact).toBe(
        '020 1111',
      )
      await eraseClosedContacts(payload, { now: new Date(closedAt + 3 * DAY) })
      expect(
        (await payload.findByID({ collection: 'questions', id: q.id })).contact ?? null,
      ).toBeNull()
    } finally {
      delete process.env.QUESTIONS_ERASE_DAYS
    }
  })

  it('is a job the queue runs on a schedule', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'eraseQuestionContacts')
    expect(task?.schedule?.[0]).toMatchObject({ cron: expect.any(String), queue: 'default' })
    const q = await ask('erase at once', u.home.id, '020 2222')
    await payload.update({ collection: 'questions', id: q.id, data: { status: 'closed' } })
    process.env.QUESTIONS_ERASE_DAYS = '0'
    try {
      const job = await payload.jobs.queue({ task: 'eraseQuestionContacts', input: {} })
      await payload.jobs.runByID({ id: job.id })
    } finally {
      delete process.env.QUESTIONS_ERASE_DAYS
    }
    const erased = await payload.findByID({ collection: 'questions', id: q.id })
    expect(erased.contact ?? null).toBeNull()
    expect(erased.contactErasedAt).toEqual(expect.any(String))
  })
})

describe(`POST /api/questions, its logic (${engine})`, () => {
  it('stores only what was sent, and tells the focal points with a link and no message', async () => {
    await payload.update({
      collection: 'provinces',
      id: u.home.id,
      data: { focalPoints: [u.provincial.id] },
    })
    const spy = jest.spyOn(payload, 'sendEmail')
    try {
      const secret = `ມີຄົນສະເໜີວຽກ ${Date.now()}`
      const res = await post({ message: secret, province: u.home.id, contact: '020 7777 1234' })
      expect(res.status).toBe(201)
      expect(await res.json()).toEqual({ ok: true })
      expect(res.headers.get('set-cookie')).toBeNull()
      const { docs } = await payload.find({
        collection: 'questions',
        where: { message: { equals: secret } },
      })
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({ contact: '020 7777 1234', language: 'lo', status: 'new' })
      // Nothing but the collection's own fields; none of them about the sender's device.
      const fields = payload.collections.questions.config.flattenedFields.map((f) => f.name)
      expect(fields.filter((f) => /ip|agent|address|device|finger|cookie|user/i.test(f))).toEqual(
        [],
      )
      for (const key of Object.keys(docs[0])) expect([...fields, 'id']).toContain(key)
      if (engine === 'sqlite') {
        const db = payload.db as unknown as {
          client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
        }
        const columns = (await db.client.execute('PRAGMA table_info(questions)')).rows.map(
          (r) => r.name,
        )
        expect(columns.sort()).toEqual(
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
      }
      for (let i = 0; i < 50 && spy.mock.calls.length === 0; i++)
        await new Promise((r) => setTimeout(r, 50))
      expect(spy).toHaveBeenCalledTimes(1)
      const mail = spy.mock.calls[0][0] as {
        to: string
        subject: string
        html: string
        text: string
      }
      // One mail to each focal point, addressed to that person alone.
      expect(mail.to).toBe(u.provincial.email)
      const whole = JSON.stringify(mail)
      expect(whole).toContain(`/admin/collections/questions/${docs[0].id}`)
      expect(whole).not.toContain(secret)
      expect(whole).not.toContain('ມີຄົນສະເໜີວຽກ')
      expect(whole).not.toContain('7777')
    } finally {
      spy.mockRestore()
    }
  })

  it('tells a focal point no more once it has left the staff: the admins instead', async () => {
    const former = await payload.create({
      collection: 'users',
      data: {
        email: `former-${Date.now()}@test.local`,
        password: 'a long password',
        roles: ['editor'],
      },
    })
    await payload.update({
      collection: 'provinces',
      id: u.away.id,
      data: { focalPoints: [former.id] },
    })
    expect(await noticeRecipients(payload, u.away.id)).toEqual([former.email])
    await payload.update({
      collection: 'users',
      id: former.id,
      data: { roles: ['partner'], partner: u.partnerOrg.id },
    })
    const after = await noticeRecipients(payload, u.away.id)
    expect(after).not.toContain(former.email)
    expect(after).toContain(u.admin.email)
  })

  it('tells the admins of a question with no province, and a failed mail does not fail it', async () => {
    const spy = jest.spyOn(payload, 'sendEmail').mockRejectedValue(new Error('SMTP is down'))
    try {
      const res = await post({ message: `no province ${Date.now()}` })
      expect(res.status).toBe(201)
      for (let i = 0; i < 50 && spy.mock.calls.length === 0; i++)
        await new Promise((r) => setTimeout(r, 50))
      expect((spy.mock.calls[0][0] as { to: string[] }).to).toContain(u.admin.email)
    } finally {
      spy.mockRestore()
    }
  })

  it.each([
    ['an empty message', { message: '' }, 400, /message/],
    ['an unknown province', { message: 'x', province: 999999 }, 400, /province/],
    ['a filled honeypot', { message: 'x', website: 'spam' }, 400, /not accepted/],
    ['broken JSON', '{"message":', 400, /JSON object/],
    ['a body over the cap', { message: 'x'.repeat(30_000) }, 413, /too large/],
  ])('refuses %s, storing nothing', async (_, body, status, message) => {
    const count = async () => (await payload.count({ collection: 'questions' })).totalDocs
    const before = await count()
    const res = await post(body)
    expect(res.status).toBe(status)
    const json = (await res.json()) as { errors: { message: string }[] }
    expect(json.errors[0].message).toMatch(message)
    expect(await count()).toBe(before)
  })

  it('answers 503, not 500, when the question cannot be stored', async () => {
    const spy = jest.spyOn(payload, 'create').mockRejectedValueOnce(new Error('database is locked'))
    try {
      const res = await post({ message: 'while the database is busy' })
      expect(res.status).toBe(503)
      const json = (await res.json()) as { errors: { message: string }[] }
      expect(json.errors[0].message).toMatch(/try again/)
    } finally {
      spy.mockRestore()
    }
  })

  it('refuses another content type with 415', async () => {
    const res = await post('message=x', { 'content-type': 'text/plain' })
    expect(res.status).toBe(415)
  })

  it('sends a form post back to the help page with 303, in its language', async () => {
    const form = (body: string) =>
      post(body, { 'content-type': 'application/x-www-form-urlencoded' })
    const sent = await form(new URLSearchParams({ message: 'ສະບາຍດີ', language: 'en' }).toString())
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe('/en/help?sent=1#question')
    const empty = await form('message=&language=lo')
    expect(empty.status).toBe(303)
    expect(empty.headers.get('location')).toBe('/lo/help?error=empty#question')
  })

  it('holds back a flood from one address with 429 and Retry-After, not another address', async () => {
    const from = { 'x-siang-client-address': '203.0.113.50' }
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) statuses.push((await post({ message: '' }, from)).status)
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400))
    expect(statuses.slice(10)).toEqual([429, 429])
    const refused = await post({ message: 'x' }, from)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await post({ message: '' })).status).toBe(400)
  })
})
