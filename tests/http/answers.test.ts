/**
 * Anonymous quiz attempts and poll votes against the running server: scoring, every refusal
 * (drafts, closed or unopened polls, double votes, bad input, floods), and what is stored and
 * what is not. Each sender connects from a loopback address of its own, so that one test's flood
 * limit never touches another's.
 */
import { describe, expect, it } from '@jest/globals'
import {
  answerFixtures,
  attempt,
  FORM,
  questions,
  rows,
  vote,
  type Errors,
} from '../helpers/answerFixtures'
import { api, server } from '../helpers/http'

const f = answerFixtures()

describe('POST /api/quizzes/{slug}/attempts', () => {
  it('scores the options chosen and adds them up with the half-year and the profile, nothing else', async () => {
    const res = await attempt(
      '127.0.0.61',
      f.quiz.slug,
      { answers: [1, 2], ageBand: '15-19', sex: 'female', province: 'LA-SV' },
      { 'User-Agent': `Sender/${f.run}`, 'X-Forwarded-For': '203.0.113.9' },
    )
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ score: 1, total: 2, right: [true, false] })
    expect(res.headers.get('set-cookie')).toBeNull()
    // A second attempt with the same profile adds to the same rows: no row is one person's.
    const same = { answers: [1, 0], ageBand: '15-19', sex: 'female', province: 'LA-SV' }
    expect((await attempt('127.0.0.61', f.quiz.slug, same)).status).toBe(201)
    const stored = await rows('quiz_tallies', 'quiz_id', f.quiz.id)
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
    for (const trace of ['127.0.0.61', '203.0.113.9', `Sender/${f.run}`])
      expect(JSON.stringify(stored)).not.toContain(trace)
  })

  it('takes a no-script form and sends it back to the quiz with the score', async () => {
    // The quiz's own page is kept by the server first: the page with a score is another.
    expect((await fetch(`${server().url}/en/quizzes/${f.quiz.slug}`)).status).toBe(200)
    const res = await attempt('127.0.0.62', f.quiz.slug, 'q0=1&q1=0&language=en&ageBand=', FORM)
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toBe(`/en/quizzes/${f.quiz.slug}?answers=1.0#answer`)
    // Lao text comes with word-break hints between its words.
    const text = async (path: string) =>
      (await (await fetch(`${server().url}${path}`)).text()).replace(/<wbr\/>/g, '')
    const page = await text(location)
    expect(page).toContain('You got 2 of 2 right')
    expect(page).toContain('<p class="explanation">1300 ໂທຟຣີ.</p>')
    const refused = await attempt('127.0.0.62', f.quiz.slug, 'q0=1&language=lo', FORM)
    expect(refused.headers.get('location')).toBe(`/lo/quizzes/${f.quiz.slug}?error=answers#answer`)
    const said = await text(refused.headers.get('location')!)
    expect(said).toContain('ກະລຸນາຕອບທຸກຄຳຖາມ.')
  })

  it('keeps the order of an answered quiz’s questions: words may change, not what the counts point at', async () => {
    type Full = { doc: { questions: { id: string; question: string; options: unknown[] }[] } }
    const shape = await f.create('quizzes', {
      title: `ຮູບຮ່າງ ${f.run}`,
      questions,
      _status: 'published',
    })
    const read = await api<Full['doc']>(`/api/quizzes/${shape.id}?depth=0`, { token: f.admin })
    // Not answered yet: anything may change.
    const swapped = [...read.body.questions].reverse()
    const free = await api(`/api/quizzes/${shape.id}`, {
      method: 'PATCH',
      token: f.admin,
      body: { questions: swapped },
    })
    expect(free.status).toBe(200)
    expect((await attempt('127.0.0.66', shape.slug, { answers: [0, 1] })).status).toBe(201)
    const now = await api<Full['doc']>(`/api/quizzes/${shape.id}?depth=0`, { token: f.admin })
    const reordered = await api<Errors>(`/api/quizzes/${shape.id}`, {
      method: 'PATCH',
      token: f.admin,
      body: { questions: [...now.body.questions].reverse() },
      headers: { 'Accept-Language': 'en' },
    })
    expect(reordered.status).toBe(400)
    expect(JSON.stringify(reordered.body)).toContain('cannot change')
    const reworded = await api(`/api/quizzes/${shape.id}`, {
      method: 'PATCH',
      token: f.admin,
      body: {
        questions: now.body.questions.map((q, i) => (i ? q : { ...q, question: 'ຖ້ອຍຄຳໃໝ່' })),
      },
    })
    expect(reworded.status).toBe(200)
  })

  it('refuses a draft, bad answers and a bad profile with a clear message, storing nothing', async () => {
    const answered = async () =>
      (await rows('quiz_tallies', 'quiz_id', f.quiz.id)).reduce((n, r) => n + Number(r.answered), 0)
    const before = await answered()
    const cases: [string, unknown, number, string, Record<string, string>?][] = [
      [f.draft.slug, { answers: [1, 0] }, 404, 'not-found'],
      [`no-such-quiz-${f.run}`, { answers: [1, 0] }, 404, 'not-found'],
      [f.quiz.slug, { answers: [1] }, 400, 'answers'],
      [f.quiz.slug, { answers: [1, 7] }, 400, 'answers'],
      [f.quiz.slug, { answers: [1, 0], province: 'LA-ZZ' }, 400, 'profile'],
      [f.quiz.slug, { answers: [1, 0], sex: 'f' }, 400, 'profile'],
      [f.quiz.slug, '{"answers": [1', 400, 'shape', { 'Content-Type': 'application/json' }],
      [f.quiz.slug, { answers: [1, 0], pad: 'x'.repeat(5000) }, 413, 'too-big'],
    ]
    for (const [slug, body, status, problem, headers] of cases) {
      const res = await attempt('127.0.0.63', slug, body, headers)
      expect([slug, res.status, res.body.errors?.[0]?.problem]).toEqual([slug, status, problem])
      expect(res.body.errors?.[0]?.message).toBeTruthy()
    }
    const plain = await attempt('127.0.0.63', f.quiz.slug, 'answers', {
      'Content-Type': 'text/plain',
    })
    expect(plain.status).toBe(415)
    expect(await answered()).toBe(before)
    expect(await rows('quiz_tallies', 'quiz_id', f.draft.id)).toHaveLength(0)
  })

  it('holds back a flood from one address with 429 and Retry-After, and not other senders', async () => {
    const statuses: number[] = []
    let last: Awaited<ReturnType<typeof attempt>> | undefined
    for (let i = 0; i < 23; i++) {
      last = await attempt('127.0.0.64', f.quiz.slug, { answers: [9] })
      statuses.push(last.status)
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(400))
    expect(statuses.slice(20)).toEqual([429, 429, 429])
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await attempt('127.0.0.65', f.quiz.slug, { answers: [1, 0] })).status).toBe(201)
  })
})

describe('POST /api/polls/{slug}/votes', () => {
  const token = `device-${f.run}-abcdefghij`

  it('takes one vote per device, stores only a hash of its token, and shows the results', async () => {
    const first = await vote('127.0.0.71', f.poll.slug, { option: 1, token, ageBand: '20-24' })
    expect(first.status).toBe(201)
    expect(first.body.results).toEqual({ total: 1, votes: [0, 1, 0] })
    const again = await vote('127.0.0.71', f.poll.slug, { option: 0, token })
    expect([again.status, again.body.errors?.[0]?.problem]).toEqual([409, 'voted'])
    // Another device, and a vote without a token (no script), each count.
    expect((await vote('127.0.0.71', f.poll.slug, { option: 0, token: `${token}-2` })).status).toBe(
      201,
    )
    const form = await vote('127.0.0.71', f.poll.slug, 'option=0&language=lo', FORM)
    expect([form.status, form.headers.get('location')]).toEqual([
      303,
      `/lo/polls/${f.poll.slug}?voted=1#answer`,
    ])
    const stored = await rows('poll_tallies', 'poll_id', f.poll.id)
    const votes = [0, 0, 0]
    for (const r of stored) votes[Number(r.option)] += Number(r.votes)
    expect(votes).toEqual([2, 1, 0])
    // Who voted is a hash of the poll and the token, with nothing else beside it.
    const voters = await rows('poll_voters', 'poll_id', f.poll.id)
    expect(voters).toHaveLength(2)
    expect(Object.keys(voters[0]).sort()).toEqual(['id', 'poll_id', 'voter'])
    expect(JSON.stringify(voters)).not.toContain(token)
    // The page after a no-script vote: the thanks and the results, kept for no one else.
    expect(await (await fetch(`${server().url}/lo/polls/${f.poll.slug}`)).text()).not.toContain(
      'class="answer-sent"',
    )
    const page = await fetch(`${server().url}/lo/polls/${f.poll.slug}?voted=1`)
    const html = await page.text()
    expect(html).toContain('<p class="answer-sent" id="answer" role="status">ຂອບໃຈທີ່ລົງຄະແນນ.</p>')
    expect(html).toContain('3 ຄະແນນ')
  })

  it('refuses a closed poll, one not yet open, a draft, and an option it does not have', async () => {
    const cases: [string, unknown, number, string][] = [
      [f.closed.slug, { option: 0 }, 409, 'closed'],
      [f.later.slug, { option: 0 }, 409, 'not-open'],
      [`no-such-poll-${f.run}`, { option: 0 }, 404, 'not-found'],
      [f.poll.slug, { option: 3 }, 400, 'option'],
      [f.poll.slug, { option: 0, token: 'short' }, 400, 'token'],
    ]
    for (const [slug, body, status, problem] of cases) {
      const res = await vote('127.0.0.72', slug, body)
      expect([slug, res.status, res.body.errors?.[0]?.problem]).toEqual([slug, status, problem])
    }
    expect(await rows('poll_tallies', 'poll_id', f.closed.id)).toHaveLength(0)
    expect(await rows('poll_tallies', 'poll_id', f.later.id)).toHaveLength(0)
  })

  it('holds back a flood from one address with 429', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++)
      statuses.push((await vote('127.0.0.73', f.poll.slug, { option: 99 })).status)
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400))
    expect(statuses.slice(10)).toEqual([429, 429])
  })
})
