/**
 * Run by the `answers` benchmark in its own process, on the scratch database of the server it is
 * about to start: adds 100,000 generated quiz attempts and 100,000 poll votes for the current
 * half-year to the demo quiz and poll, added up as the endpoints add them (one row per question
 * or option and profile), with profiles spread over every age band, sex and province.
 */
import { createLocalReq, getPayload } from 'payload'
import { inTransaction } from '../../src/db/inTransaction'
import config from '../../src/payload.config'
import { ageBands, sexes } from '../../src/lib/profile'
import { periodOf } from '../../src/reach/periods'

const ANSWERS = Number(process.env.ANSWERS_BENCH_ANSWERS || 100_000)
const log = (msg: string) => process.stderr.write(`[answers bench] ${msg}\n`)

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  const demo = async <C extends 'quizzes' | 'polls'>(collection: C, slug: string) => {
    const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, depth: 0 })
    if (!docs[0]) throw new Error(`no demo ${collection} ${slug}: seed the demo first`)
    return docs[0]
  }
  const quiz = await demo('quizzes', 'fake-job-offers')
  const poll = await demo('polls', 'check-before-you-go')
  const provinces = (
    await payload.find({ collection: 'provinces', limit: 0, depth: 0, pagination: false })
  ).docs.map((d) => d.id)
  const period = periodOf()
  // Every age band, sex and province, each also left out, in turn: all their combinations.
  const bands = [...ageBands, null]
  const sexesOrNone = [...sexes, null]
  const places = [...provinces, null]
  const profile = (i: number) => ({
    period,
    ageBand: bands[i % bands.length],
    sex: sexesOrNone[Math.floor(i / bands.length) % sexesOrNone.length],
    province: places[Math.floor(i / (bands.length * sexesOrNone.length)) % places.length],
  })
  const rows = new Map<string, Record<string, unknown>>()
  const add = (key: Record<string, unknown>, by: Record<string, number>) => {
    const id = JSON.stringify(key)
    const row = rows.get(id) ?? { ...key }
    for (const [field, n] of Object.entries(by)) row[field] = Number(row[field] ?? 0) + n
    rows.set(id, row)
  }
  const questions = quiz.questions.length
  for (let i = 0; i < ANSWERS; i++) {
    for (let question = 0; question < questions; question++)
      add(
        { quiz: quiz.id, question, ...profile(i) },
        { answered: 1, right: (i + question) % 3 ? 1 : 0 },
      )
    add({ poll: poll.id, option: i % poll.options.length, ...profile(i + 1) }, { votes: 1 })
  }
  const started = performance.now()
  // One transaction: one commit, not thousands.
  const req = await createLocalReq({}, payload)
  await inTransaction(req, async () => {
    for (const row of rows.values()) {
      const data = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null))
      await payload.create({
        collection: 'quiz' in row ? 'quiz-tallies' : 'poll-tallies',
        data: data as never,
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
  })
  log(
    `${rows.size} tally rows for ${ANSWERS} attempts and votes in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  )
  console.log(JSON.stringify({ answers: ANSWERS, rows: rows.size, quiz: quiz.slug }))
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
