/**
 * Anonymous quiz attempts and poll votes against the running server: scoring, every refusal
 * (drafts, closed or unopened polls, double votes, bad input, floods), what is stored and what is
 * not, who may read the rows, and the pages without script. Each sender connects from a loopback
 * address of its own, so that one test's flood limit never touches another's.
 */
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { adminLogin, api, apiFrom, partnerLogin, server, staffLogin } from '../helpers/http'

type Doc = { id: number; slug: string }
type Errors = { errors?: { message: string; problem?: string }[] }
type Score = { score: number; total: number; right: boolean[] }

const run = Date.now()
let admin: string
let quiz: Doc
let draft: Doc
let poll: Doc
let closed: Doc
let later: Doc
const made: [string, number][] = []

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }

async function create(collection: string, body: Record<string, unknown>): Promise<Doc> {
  const res = await api<{ doc: Doc }>(`/api/${collection}`, { method: 'POST', token: admin, body })
  expect(res.status).toBe(201)
  made.push([collection, res.body.doc.id])
  return res.body.doc
}

const attempt = (from: string, slug: string, body: unknown, headers: Record<string, string> = {}) =>
  apiFrom<Errors & Score>(from, `/api/quizzes/${slug}/attempts`, { method: 'POST', body, headers })
const vote = (from: string, slug: string, body: unknown, headers: Record<string, string> = {}) =>
  apiFrom<Errors & { ok?: boolean; results?: { total: number; votes: number[] } | null }>(
    from,
    `/api/polls/${slug}/votes`,
    { method: 'POST', body, headers },
  )

const rows = async (table: string, column: string, id: number) => {
  const db = createClient({ url: server().databaseURI })
  try {
    return (await db.execute({ sql: `SELECT * FROM ${table} WHERE ${column} = ?`, args: [id] }))
      .rows
  } finally {
    db.close()
  }
}

const questions = [
  {
    question: 'ບໍລິສັດຈັດຫາງານທີ່ຖືກກົດໝາຍ ເກັບເງິນລ່ວງໜ້າບໍ?',
    options: [
      { label: 'ເກັບ', correct: false },
      { label: 'ບໍ່ເກັບ', correct: true },
    ],
    explanation: 'ບໍລິສັດທີ່ຖືກກົດໝາຍບໍ່ເກັບເງິນກ່ອນເຮັດວຽກ.',
  },
  {
    question: 'ສາຍດ່ວນຕ້ານການຄ້າມະນຸດແມ່ນເບີໃດ?',
    options: [
      { label: '1300', correct: true },
      { label: '1362', correct: false },
      { label: '1195', correct: false },
    ],
    explanation: '1300 ໂທຟຣີ.',
  },
]
const options = [{ label: 'ແມ່ນ' }, { label: 'ບໍ່ແມ່ນ' }, { label: 'ບໍ່ແນ່ໃຈ' }]
const day = 24 * 60 * 60 * 1000

beforeAll(async () => {
  admin = await adminLogin()
  quiz = await create('quizzes', { title: `ແບບທົດສອບ ${run}`, questions, _status: 'published' })
  draft = await create('quizzes', { title: `ຮ່າງ ${run}`, questions, _status: 'draft' })
  poll = await create('polls', {
    title: `ເຈົ້າຮູ້ຈັກສາຍດ່ວນບໍ ${run}`,
    options,
    closesAt: new Date(Date.now() + 30 * day).toISOString(),
    _status: 'published',
  })
  closed = await create('polls', {
    title: `ປິດແລ້ວ ${run}`,
    options,
    opensAt: new Date(Date.now() - 30 * day).toISOString(),
    closesAt: new Date(Date.now() - day).toISOString(),
    showResults: 'after-close',
    _status: 'published',
  })
  later = await create('polls', {
    title: `ຍັງບໍ່ເປີດ ${run}`,
    options,
    opensAt: new Date(Date.now() + day).toISOString(),
    _status: 'published',
  })
}, 60_000)

afterAll(async () => {
  for (const [collection, id] of made.reverse())
    await api(`/api/${collection}/${id}`, { method: 'DELETE', token: admin })
})

describe('POST /api/quizzes/{slug}/attempts', () => {
  it('scores the options chosen and adds them up with the half-year and the profile, nothing else', async () => {
    const res = await attempt(
      '127.0.0.61',
      quiz.slug,
      { answers: [1, 2], ageBand: '15-19', sex: 'female', province: 'LA-SV' },
      { 'User-Agent': `Sender/${run}`, 'X-Forwarded-For': '203.0.113.9' },
    )
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ score: 1, total: 2, right: [true, false] })
    expect(res.headers.get('set-cookie')).toBeNull()
    // A second attempt with the same profile adds to the same rows: no row is one person's.
    const same = { answers: [1, 0], ageBand: '15-19', sex: 'female', province: 'LA-SV' }
    expect((await attempt('127.0.0.61', quiz.slug, same)).status).toBe(201)
    const stored = await rows('quiz_tallies', 'quiz_id', quiz.id)
    expect(stored).toHaveLength(2)
    expect(Object.keys(stored[0]).sort()).toEqual(
      [
        'age_band',
        'answered',
        'id',
        'period',
        'province_id',
        'question',
        'quiz_id',
        'right',
        'sex',
      ].sort(),
    )
    const byQuestion = stored.sort((a, b) => Number(a.question) - Number(b.question))
    expect(byQuestion.map((r) => [r.answered, r.right])).toEqual([
      [2, 2],
      [2, 1],
    ])
    expect(String(stored[0].period)).toMatch(/^\d{4}-H[12]$/)
    for (const trace of ['127.0.0.61', '203.0.113.9', `Sender/${run}`])
      expect(JSON.stringify(stored)).not.toContain(trace)
  })

  it('takes a no-script form and sends it back to the quiz with the score', async () => {
    // The quiz's own page is kept by the server first: the page with a score is another.
    expect((await fetch(`${server().url}/en/quizzes/${quiz.slug}`)).status).toBe(200)
    const res = await attempt('127.0.0.62', quiz.slug, 'q0=1&q1=0&language=en&ageBand=', FORM)
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toBe(`/en/quizzes/${quiz.slug}?answers=1.0#answer`)
    // Lao text comes with word-break hints between its words.
    const text = async (path: string) =>
      (await (await fetch(`${server().url}${path}`)).text()).replace(/<wbr\/>/g, '')
    const page = await text(location)
    expect(page).toContain('You got 2 of 2 right')
    expect(page).toContain('<p class="explanation">1300 ໂທຟຣີ.</p>')
    const refused = await attempt('127.0.0.62', quiz.slug, 'q0=1&language=lo', FORM)
    expect(refused.headers.get('location')).toBe(`/lo/quizzes/${quiz.slug}?error=answers#answer`)
    const said = await text(refused.headers.get('location')!)
    expect(said).toContain('ກະລຸນາຕອບທຸກຄຳຖາມ.')
  })

  it('keeps the order of an answered quiz’s questions: words may change, not what the counts point at', async () => {
    type Full = { doc: { questions: { id: string; question: string; options: unknown[] }[] } }
    const shape = await create('quizzes', {
      title: `ຮູບຮ່າງ ${run}`,
      questions,
      _status: 'published',
    })
    const read = await api<Full['doc']>(`/api/quizzes/${shape.id}?depth=0`, { token: admin })
    // Not answered yet: anything may change.
    const swapped = [...read.body.questions].reverse()
    const free = await api(`/api/quizzes/${shape.id}`, {
      method: 'PATCH',
      token: admin,
      body: { questions: swapped },
    })
    expect(free.status).toBe(200)
    expect((await attempt('127.0.0.66', shape.slug, { answers: [0, 1] })).status).toBe(201)
    const now = await api<Full['doc']>(`/api/quizzes/${shape.id}?depth=0`, { token: admin })
    const reordered = await api<Errors>(`/api/quizzes/${shape.id}`, {
      method: 'PATCH',
      token: admin,
      body: { questions: [...now.body.questions].reverse() },
      headers: { 'Accept-Language': 'en' },
    })
    expect(reordered.status).toBe(400)
    expect(JSON.stringify(reordered.body)).toContain('cannot change')
    const reworded = await api(`/api/quizzes/${shape.id}`, {
      method: 'PATCH',
      token: admin,
      body: {
        questions: now.body.questions.map((q, i) => (i ? q : { ...q, question: 'ຖ້ອຍຄຳໃໝ່' })),
      },
    })
    expect(reworded.status).toBe(200)
  })

  it('refuses a draft, bad answers and a bad profile with a clear message, storing nothing', async () => {
    const answered = async () =>
      (await rows('quiz_tallies', 'quiz_id', quiz.id)).reduce((n, r) => n + Number(r.answered), 0)
    const before = await answered()
    const cases: [string, unknown, number, string, Record<string, string>?][] = [
      [draft.slug, { answers: [1, 0] }, 404, 'not-found'],
      [`no-such-quiz-${run}`, { answers: [1, 0] }, 404, 'not-found'],
      [quiz.slug, { answers: [1] }, 400, 'answers'],
      [quiz.slug, { answers: [1, 7] }, 400, 'answers'],
      [quiz.slug, { answers: [1, 0], province: 'LA-ZZ' }, 400, 'profile'],
      [quiz.slug, { answers: [1, 0], sex: 'f' }, 400, 'profile'],
      [quiz.slug, '{"answers": [1', 400, 'shape', { 'Content-Type': 'application/json' }],
      [quiz.slug, { answers: [1, 0], pad: 'x'.repeat(5000) }, 413, 'too-big'],
    ]
    for (const [slug, body, status, problem, headers] of cases) {
      const res = await attempt('127.0.0.63', slug, body, headers)
      expect([slug, res.status, res.body.errors?.[0]?.problem]).toEqual([slug, status, problem])
      expect(res.body.errors?.[0]?.message).toBeTruthy()
    }
    const plain = await attempt('127.0.0.63', quiz.slug, 'answers', {
      'Content-Type': 'text/plain',
    })
    expect(plain.status).toBe(415)
    expect(await answered()).toBe(before)
    expect(await rows('quiz_tallies', 'quiz_id', draft.id)).toHaveLength(0)
  })

  it('holds back a flood from one address with 429 and Retry-After, and not other senders', async () => {
    const statuses: number[] = []
    let last: Awaited<ReturnType<typeof attempt>> | undefined
    for (let i = 0; i < 23; i++) {
      last = await attempt('127.0.0.64', quiz.slug, { answers: [9] })
      statuses.push(last.status)
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(400))
    expect(statuses.slice(20)).toEqual([429, 429, 429])
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await attempt('127.0.0.65', quiz.slug, { answers: [1, 0] })).status).toBe(201)
  })
})

describe('POST /api/polls/{slug}/votes', () => {
  const token = `device-${run}-abcdefghij`

  it('takes one vote per device, stores only a hash of its token, and shows the results', async () => {
    const first = await vote('127.0.0.71', poll.slug, { option: 1, token, ageBand: '20-24' })
    expect(first.status).toBe(201)
    expect(first.body.results).toEqual({ total: 1, votes: [0, 1, 0] })
    const again = await vote('127.0.0.71', poll.slug, { option: 0, token })
    expect([again.status, again.body.errors?.[0]?.problem]).toEqual([409, 'voted'])
    // Another device, and a vote without a token (no script), each count.
    expect((await vote('127.0.0.71', poll.slug, { option: 0, token: `${token}-2` })).status).toBe(
      201,
    )
    const form = await vote('127.0.0.71', poll.slug, 'option=0&language=lo', FORM)
    expect([form.status, form.headers.get('location')]).toEqual([
      303,
      `/lo/polls/${poll.slug}?voted=1#answer`,
    ])
    const stored = await rows('poll_tallies', 'poll_id', poll.id)
    const votes = [0, 0, 0]
    for (const r of stored) votes[Number(r.option)] += Number(r.votes)
    expect(votes).toEqual([2, 1, 0])
    // Who voted is a hash of the poll and the token, with nothing else beside it.
    const voters = await rows('poll_voters', 'poll_id', poll.id)
    expect(voters).toHaveLength(2)
    expect(Object.keys(voters[0]).sort()).toEqual(['id', 'poll_id', 'voter'])
    expect(JSON.stringify(voters)).not.toContain(token)
    // The page after a no-script vote: the thanks and the results, kept for no one else.
    expect(await (await fetch(`${server().url}/lo/polls/${poll.slug}`)).text()).not.toContain(
      'class="answer-sent"',
    )
    const page = await fetch(`${server().url}/lo/polls/${poll.slug}?voted=1`)
    const html = await page.text()
    expect(html).toContain('<p class="answer-sent" id="answer" role="status">ຂອບໃຈທີ່ລົງຄະແນນ.</p>')
    expect(html).toContain('3 ຄະແນນ')
  })

  it('refuses a closed poll, one not yet open, a draft, and an option it does not have', async () => {
    const cases: [string, unknown, number, string][] = [
      [closed.slug, { option: 0 }, 409, 'closed'],
      [later.slug, { option: 0 }, 409, 'not-open'],
      [`no-such-poll-${run}`, { option: 0 }, 404, 'not-found'],
      [poll.slug, { option: 3 }, 400, 'option'],
      [poll.slug, { option: 0, token: 'short' }, 400, 'token'],
    ]
    for (const [slug, body, status, problem] of cases) {
      const res = await vote('127.0.0.72', slug, body)
      expect([slug, res.status, res.body.errors?.[0]?.problem]).toEqual([slug, status, problem])
    }
    expect(await rows('poll_tallies', 'poll_id', closed.id)).toHaveLength(0)
    expect(await rows('poll_tallies', 'poll_id', later.id)).toHaveLength(0)
  })

  it('holds back a flood from one address with 429', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++)
      statuses.push((await vote('127.0.0.73', poll.slug, { option: 99 })).status)
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400))
    expect(statuses.slice(10)).toEqual([429, 429])
  })
})

describe('who may read the answers', () => {
  it('keeps the tallies and voters from everyone through the API, staff included', async () => {
    const partner = await partnerLogin(admin, `answers-${run}`)
    for (const collection of ['quiz-tallies', 'poll-tallies', 'poll-voters'])
      for (const token of [undefined, partner, admin])
        expect([collection, (await api(`/api/${collection}`, { token })).status]).toEqual([
          collection,
          403,
        ])
    const graphql = await api<Errors>('/api/graphql', {
      method: 'POST',
      token: admin,
      body: { query: '{ QuizTallies { docs { id } } }' },
    })
    expect(graphql.body.errors?.[0]?.message).toMatch(/QuizTallies/)
    // Nor can anyone add to them but the endpoints.
    const written = await api('/api/quiz-tallies', {
      method: 'POST',
      token: admin,
      body: { quiz: quiz.id, question: 0, period: '2026-H2', answered: 99, right: 99 },
    })
    expect(written.status).toBe(403)
  })
})

describe('in the reach summary', () => {
  type Group = { group: string; attempts: number | string }
  type Summary = {
    scope: { provinces: string[] }
    answers: {
      quizzes: {
        slug: string
        attempts: number | string
        averageScore: number | null
        byProvince: Group[]
      }[]
    }
  }

  it('adds answers up by group, under the small-number rule, and keeps a province to its own', async () => {
    const counted = await create('quizzes', {
      title: `ນັບ ${run}`,
      questions,
      _status: 'published',
    })
    const home = { answers: [1, 0], sex: 'female', province: 'LA-SV' }
    for (let i = 0; i < 5; i++)
      expect((await attempt('127.0.0.81', counted.slug, home)).status).toBe(201)
    const away = { answers: [0, 0], province: 'LA-LP' }
    expect((await attempt('127.0.0.81', counted.slug, away)).status).toBe(201)

    const national = await api<Summary>('/api/reach/summary', { token: admin })
    expect(national.status).toBe(200)
    const all = national.body.answers.quizzes.find((q) => q.slug === counted.slug)!
    // Six attempts, rounded to 5: the one from another province cannot be told by subtraction.
    expect(all).toMatchObject({ attempts: 5, averageScore: 100 })
    expect(all.byProvince).toEqual(
      expect.arrayContaining([
        { group: 'LA-SV', attempts: 5, averageScore: 100 },
        { group: 'LA-LP', attempts: '<5', averageScore: null },
      ]),
    )

    const provincial = await staffLogin(admin, 'provincial-editor', `answers-${run}`, {
      provinces: [
        (await api<{ docs: Doc[] }>('/api/provinces?where[code][equals]=LA-SV')).body.docs[0].id,
      ],
    })
    const own = await api<Summary>('/api/reach/summary', { token: provincial })
    expect(own.status).toBe(200)
    const mine = own.body.answers.quizzes.find((q) => q.slug === counted.slug)!
    expect(mine.attempts).toBe(5)
    expect(mine.byProvince.map((g) => g.group)).toEqual(['LA-SV'])
    expect((await api('/api/reach/summary?province=LA-LP', { token: provincial })).status).toBe(403)

    const csv = await fetch(`${server().url}/api/reach/export.csv`, {
      headers: { Authorization: `JWT ${admin}` },
    })
    const table = parse(await csv.text(), { columns: true, bom: true }) as Record<string, string>[]
    const value = (match: Record<string, string>) =>
      table.find((r) => Object.entries(match).every(([k, v]) => r[k] === v))?.value
    expect(value({ section: 'quizzes', slug: counted.slug, measure: 'attempts' })).toBe('5')
    expect(
      value({
        section: 'quizzes-by-province',
        slug: counted.slug,
        group: 'LA-LP',
        measure: 'attempts',
      }),
    ).toBe('<5')
    // Deleted, the quiz takes its added-up answers with it.
    const gone = await api(`/api/quizzes/${counted.id}`, { method: 'DELETE', token: admin })
    expect(gone.status).toBe(200)
    expect(await rows('quiz_tallies', 'quiz_id', counted.id)).toHaveLength(0)
  })
})

describe('the pages, without script', () => {
  it('list quizzes and show a quiz as one form, and a poll with its form or its state', async () => {
    const list = await (await fetch(`${server().url}/lo/quizzes`)).text()
    expect(list).toContain(`href="/lo/quizzes/${quiz.slug}"`)
    expect(list).not.toContain(draft.slug)
    const page = await (await fetch(`${server().url}/lo/quizzes/${quiz.slug}`)).text()
    expect(page).toMatch(
      new RegExp(`<form[^>]*method="post"[^>]*action="/api/quizzes/${quiz.slug}/attempts"`),
    )
    expect(page.match(/type="radio"/g)).toHaveLength(5)
    expect(page).toContain('name="ageBand"')
    expect((await fetch(`${server().url}/lo/quizzes/${draft.slug}`)).status).toBe(404)
    const open = await (await fetch(`${server().url}/lo/polls/${poll.slug}`)).text()
    expect(open).toMatch(new RegExp(`action="/api/polls/${poll.slug}/votes"`))
    const shut = await (await fetch(`${server().url}/lo/polls/${closed.slug}`)).text()
    expect(shut).toContain('ແບບສຳຫຼວດນີ້ປິດແລ້ວ.')
    expect(shut).not.toContain('class="poll-form"')
    expect(shut).toContain('class="poll-results"')
  })
})
