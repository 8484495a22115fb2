/**
 * The demo quizzes and poll (seed/data/demo/answers.ts), published in Lao and English, and their
 * demo answers for the current half-year, added up as the endpoints add them (quiz-tallies,
 * poll-tallies), with profiles across the provinces, ages and sexes. Made once: a quiz or poll
 * that has answers is left as it is.
 */
import { createLocalReq, type CollectionSlug, type Payload } from 'payload'
import { inTransaction } from '../src/db/inTransaction'
import { ageBands, sexes, type AgeBand } from '../src/lib/profile'
import type { AnswerContext } from '../src/answers/context'
import { periodOf, periodRange } from '../src/reach/periods'
import { polls, quizzes, type DemoQuestion } from './data/demo/answers'
import { ensureDoc, idsBy } from './demo'
import type { Run } from './types'

type Row = Record<string, unknown> & { options?: Row[] }

/** A small seeded generator: the same demo answers on every machine. */
function randomFrom(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: () => number, list: readonly T[]) =>
  list[Math.floor(random() * list.length)]

/** The profile a demo answer carries: some leave it out, as people do. */
function demoContext(random: () => number, provinces: number[]): AnswerContext {
  return {
    period: periodOf(),
    ageBand:
      random() < 0.85 ? pick<AgeBand>(random, ['15-19', '15-19', '20-24', ...ageBands]) : null,
    sex: random() < 0.85 ? pick(random, sexes) : null,
    province: random() < 0.9 ? pick(random, provinces) : null,
  }
}

/** Answers added up by key, as rows to create. */
class Tallies {
  private rows = new Map<string, Record<string, unknown> & { counts: Record<string, number> }>()
  add(key: Record<string, unknown>, by: Record<string, number>) {
    const id = JSON.stringify(key)
    const row = this.rows.get(id) ?? { ...key, counts: {} }
    for (const [field, n] of Object.entries(by)) row.counts[field] = (row.counts[field] ?? 0) + n
    this.rows.set(id, row)
  }
  /** Each row as data: its key without the empty fields, and its numbers. */
  *data() {
    for (const { counts, ...key } of this.rows.values())
      yield { ...Object.fromEntries(Object.entries(key).filter(([, v]) => v !== null)), ...counts }
  }
}

/** The rows, in one transaction: one commit instead of hundreds. */
async function createAll(
  payload: Payload,
  collection: CollectionSlug,
  tallies: Tallies,
  context: Run['context'],
) {
  const req = await createLocalReq({ context }, payload)
  await inTransaction(req, async () => {
    for (const data of tallies.data())
      await payload.create({ collection, data: data as never, context, req })
  })
}

const englishQuestions = (rows: unknown, questions: DemoQuestion[]) =>
  ((rows ?? []) as Row[]).map((row, i) => ({
    ...row,
    question: questions[i].question.en,
    explanation: questions[i].explanation.en,
    options: (row.options ?? []).map((o, j) => ({ ...o, label: questions[i].options[j].label.en })),
  }))

async function answered(
  payload: Payload,
  collection: 'quiz-tallies' | 'poll-tallies',
  field: string,
  id: number,
) {
  const { totalDocs } = await payload.count({ collection, where: { [field]: { equals: id } } })
  return totalDocs > 0
}

export async function seedAnswers(run: Run): Promise<void> {
  const { payload, context } = run
  const [topics, provinces, campaigns] = await Promise.all([
    idsBy(payload, 'topics', 'slug'),
    idsBy(payload, 'provinces', 'code'),
    idsBy(payload, 'campaigns', 'slug'),
  ])
  const everywhere = [...provinces.values()]
  const tags = (t: {
    topics: string[]
    provinces: string[]
    campaigns: string[]
    audiences: string[]
  }) => ({
    topics: t.topics.map((s) => topics.get(s)!),
    provinces: t.provinces.map((c) => provinces.get(c)!),
    campaigns: t.campaigns.map((s) => campaigns.get(s)!),
    audiences: t.audiences,
  })

  for (const [n, q] of quizzes.entries()) {
    const id = await ensureDoc(
      run,
      'quizzes',
      q.slug,
      {
        ...tags(q),
        publishedAt: q.publishedAt,
        title: q.title.lo,
        summary: q.summary.lo,
        questions: q.questions.map((question) => ({
          question: question.question.lo,
          explanation: question.explanation.lo,
          options: question.options.map((o) => ({
            label: o.label.lo,
            correct: o.correct === true,
          })),
        })),
      },
      (created) => ({
        title: q.title.en,
        summary: q.summary.en,
        questions: englishQuestions(created.questions, q.questions),
      }),
    )
    if (await answered(payload, 'quiz-tallies', 'quiz', id)) continue
    const random = randomFrom(1000 + n)
    const tallies = new Tallies()
    for (let i = 0; i < q.attempts; i++) {
      const context = demoContext(random, everywhere)
      q.rightRate.forEach((rate, question) =>
        tallies.add(
          { quiz: id, question, ...context },
          { answered: 1, right: random() < rate ? 1 : 0 },
        ),
      )
    }
    await createAll(payload, 'quiz-tallies', tallies, context)
  }

  const { to } = periodRange(periodOf())!
  for (const [n, p] of polls.entries()) {
    const id = await ensureDoc(
      run,
      'polls',
      p.slug,
      {
        ...tags(p),
        publishedAt: p.publishedAt,
        title: p.title.lo,
        summary: p.summary.lo,
        options: p.options.map((o) => ({ label: o.lo })),
        closesAt: to.toISOString(),
        showResults: 'after-vote',
      },
      (created) => ({
        title: p.title.en,
        summary: p.summary.en,
        options: ((created.options ?? []) as Row[]).map((row, i) => ({
          ...row,
          label: p.options[i].en,
        })),
      }),
    )
    if (await answered(payload, 'poll-tallies', 'poll', id)) continue
    const random = randomFrom(2000 + n)
    const tallies = new Tallies()
    for (let i = 0; i < p.votes; i++) {
      const r = random()
      let option = 0
      for (
        let sum = p.shares[0];
        option < p.shares.length - 1 && r > sum;
        sum += p.shares[++option]
      );
      tallies.add({ poll: id, option, ...demoContext(random, everywhere) }, { votes: 1 })
    }
    await createAll(payload, 'poll-tallies', tallies, context)
  }
  run.log('demo quizzes, poll and their answers')
}

/** Removes the demo quizzes and poll, and their answers. */
export async function resetAnswers(run: Run): Promise<void> {
  const { payload, context, counts } = run
  for (const [collection, answers, field, slugs] of [
    ['quizzes', 'quiz-tallies', 'quiz', quizzes.map((q) => q.slug)],
    ['polls', 'poll-tallies', 'poll', polls.map((p) => p.slug)],
  ] as const) {
    const { docs } = await payload.find({
      collection,
      where: { slug: { in: slugs } },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    if (!docs.length) continue
    await payload.delete({
      collection: answers,
      where: { [field]: { in: docs.map((d) => d.id) } },
      context,
    })
    const deleted = await payload.delete({
      collection,
      where: { id: { in: docs.map((d) => d.id) } },
      context,
    })
    counts.deleted += deleted.docs.length
  }
}
