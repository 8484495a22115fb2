/**
 * What quizzes and polls show once answered: who may read the answers (no one, through the
 * API), the reach summary and its small-number rule, and the pages without script.
 */
import { describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import {
  answerFixtures,
  attempt,
  questions,
  rows,
  type Doc,
  type Errors,
} from '../helpers/answerFixtures'
import { api, partnerLogin, server, staffLogin } from '../helpers/http'

const f = answerFixtures()

describe('who may read the answers', () => {
  it('keeps the tallies and voters from everyone through the API, staff included', async () => {
    const partner = await partnerLogin(f.admin, `answers-${f.run}`)
    for (const collection of ['quiz-tallies', 'poll-tallies', 'poll-voters'])
      for (const token of [undefined, partner, f.admin])
        expect([collection, (await api(`/api/${collection}`, { token })).status]).toEqual([
          collection,
          403,
        ])
    const graphql = await api<Errors>('/api/graphql', {
      method: 'POST',
      token: f.admin,
      body: { query: '{ QuizTallies { docs { id } } }' },
    })
    expect(graphql.body.errors?.[0]?.message).toMatch(/QuizTallies/)
    // Nor can anyone add to them but the endpoints.
    const written = await api('/api/quiz-tallies', {
      method: 'POST',
      token: f.admin,
      body: { quiz: f.quiz.id, question: 0, period: '2026-H2', answered: 99, right: 99 },
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
    const counted = await f.create('quizzes', {
      title: `ນັບ ${f.run}`,
      questions,
      _status: 'published',
    })
    const home = { answers: [1, 0], sex: 'female', province: 'LA-SV' }
    for (let i = 0; i < 5; i++)
      expect((await attempt('127.0.0.81', counted.slug, home)).status).toBe(201)
    const away = { answers: [0, 0], province: 'LA-LP' }
    expect((await attempt('127.0.0.81', counted.slug, away)).status).toBe(201)

    const national = await api<Summary>('/api/reach/summary', { token: f.admin })
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

    const provincial = await staffLogin(f.admin, 'provincial-editor', `answers-${f.run}`, {
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
      headers: { Authorization: `JWT ${f.admin}` },
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
    const gone = await api(`/api/quizzes/${counted.id}`, { method: 'DELETE', token: f.admin })
    expect(gone.status).toBe(200)
    expect(await rows('quiz_tallies', 'quiz_id', counted.id)).toHaveLength(0)
  })
})

describe('the pages, without script', () => {
  it('list quizzes and show a quiz as one form, and a poll with its form or its state', async () => {
    const list = await (await fetch(`${server().url}/lo/quizzes`)).text()
    expect(list).toContain(`href="/lo/quizzes/${f.quiz.slug}"`)
    expect(list).not.toContain(f.draft.slug)
    const page = await (await fetch(`${server().url}/lo/quizzes/${f.quiz.slug}`)).text()
    expect(page).toMatch(
      new RegExp(`<form[^>]*method="post"[^>]*action="/api/quizzes/${f.quiz.slug}/attempts"`),
    )
    expect(page.match(/type="radio"/g)).toHaveLength(5)
    expect(page).toContain('name="ageBand"')
    expect((await fetch(`${server().url}/lo/quizzes/${f.draft.slug}`)).status).toBe(404)
    const open = await (await fetch(`${server().url}/lo/polls/${f.poll.slug}`)).text()
    expect(open).toMatch(new RegExp(`action="/api/polls/${f.poll.slug}/votes"`))
    const shut = await (await fetch(`${server().url}/lo/polls/${f.closed.slug}`)).text()
    expect(shut).toContain('ແບບສຳຫຼວດນີ້ປິດແລ້ວ.')
    expect(shut).not.toContain('class="poll-form"')
    expect(shut).toContain('class="poll-results"')
  })

  it('are offered on their campaign’s page and under its material, with their embed code', async () => {
    const html = async (path: string) => (await fetch(`${server().url}${path}`)).text()
    const campaign = await html('/lo/campaigns/safe-journeys-2026')
    expect(campaign).toContain('href="/lo/quizzes/fake-job-offers"')
    expect(campaign).toContain('href="/lo/polls/check-before-you-go"')
    // A song of that campaign: "test what you know", with its quizzes and poll.
    const song = await html('/en/songs/too-good-to-be-true')
    const related = /<section class="related-answers">[\s\S]*?<\/section>/.exec(song)?.[0] ?? ''
    expect(related).toContain('Test what you know')
    expect(related).toContain('href="/en/quizzes/fake-job-offers"')
    expect(related).toContain('href="/en/polls/check-before-you-go"')
    // A song of a campaign with none: nothing.
    expect(await html('/lo/songs/call-1300')).not.toContain('related-answers')
    const quizPage = await html('/lo/quizzes/fake-job-offers')
    expect(quizPage).toContain('/embed/quizzes/fake-job-offers')
    // The poll's results are drawn by the page, for its script to fill in.
    const pollPage = await html('/lo/polls/check-before-you-go')
    expect(pollPage).toMatch(/<template data-results[^>]*><section class="poll-results"/)
    expect(pollPage).toContain('/embed/polls/check-before-you-go')
  })
})
