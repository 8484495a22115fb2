/**
 * Run by the `rest-list` benchmark in its own process, on the scratch database of the server it
 * is about to start: adds generated published songs through the Local API, each with one or two
 * of the seeded topics, provinces and audiences. Progress goes to stderr.
 */
import { getPayload } from 'payload'
import config from '../../src/payload.config'
import { audiences } from '../../src/lib/audiences'

const SONGS = Number(process.env.REST_BENCH_SONGS || 10_000)
const log = (msg: string) => process.stderr.write(`[rest-list bench] ${msg}\n`)

/** One or two of `ids`, picked by `i` (a deterministic spread, the same in every run). */
const pick = <T>(ids: T[], i: number, salt: number): T[] => {
  const first = ids[(i * 7 + salt) % ids.length]
  const second = ids[(i * 13 + salt * 3 + 1) % ids.length]
  return i % 2 === 0 || first === second ? [first] : [first, second]
}

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  const ids = async (collection: 'topics' | 'provinces') =>
    (await payload.find({ collection, limit: 0, depth: 0, pagination: false })).docs.map(
      (d) => d.id,
    )
  const topics = await ids('topics')
  const provinces = await ids('provinces')
  const audienceValues = audiences.map((a) => a.value)
  const started = performance.now()
  for (let i = 0; i < SONGS; i++) {
    await payload.create({
      collection: 'songs',
      locale: 'lo',
      data: {
        title: `ເພງທົດສອບ ${i + 1}`,
        artists: [`ນັກຮ້ອງ ${(i % 40) + 1}`],
        topics: pick(topics, i, 1),
        provinces: pick(provinces, i, 2),
        audiences: pick(audienceValues, i, 3) as never,
        publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
        _status: 'published',
      },
      overrideAccess: true,
      depth: 0,
    })
    if ((i + 1) % 1000 === 0)
      log(`${i + 1} of ${SONGS} songs in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }
  console.log(JSON.stringify({ songs: SONGS, topics, provinces }))
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
