/**
 * Run by the `search` benchmark in its own process (the Payload config reads DATABASE_URI when it
 * loads): fills a scratch database with generated news in Lao and English (searchCorpus.ts),
 * builds Siang's index from it, then times the same queries through the index and through a
 * plain `like` query on Payload. Progress goes to stderr; the figures
 * are one JSON line on stdout.
 */
import { getPayload } from 'payload'
import { richText } from '../../seed/lexical'
import config from '../../src/payload.config'
import { SearchIndex } from '../../src/search/index'
import { percentile } from '../lib'
import { corpus } from './searchCorpus'

const DOCS = Number(process.env.SEARCH_BENCH_DOCS || 10_000)
const QUERIES = 400

const log = (msg: string) => process.stderr.write(`[search bench] ${msg}\n`)

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  const { doc, queries } = corpus()

  const fillStart = performance.now()
  for (let i = 0; i < DOCS; i++) {
    const { title, body } = doc(i)
    const excerpt = (l: 'lo' | 'en') => body[l].split('\n\n')[0]
    const created = await payload.create({
      collection: 'news',
      locale: 'lo',
      data: {
        title: title.lo,
        excerpt: excerpt('lo'),
        body: richText(body.lo) as never,
        publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
        _status: 'published',
      },
      overrideAccess: true,
      depth: 0,
    })
    await payload.update({
      collection: 'news',
      id: created.id,
      locale: 'en',
      data: { title: title.en, excerpt: excerpt('en'), body: richText(body.en) as never },
      overrideAccess: true,
      depth: 0,
    })
    if ((i + 1) % 1000 === 0)
      log(
        `${i + 1} of ${DOCS} documents in ${((performance.now() - fillStart) / 1000).toFixed(0)} s`,
      )
  }
  const fillSeconds = (performance.now() - fillStart) / 1000

  const index = new SearchIndex(payload)
  const buildStart = performance.now()
  const indexed = await index.rebuild()
  const buildSeconds = (performance.now() - buildStart) / 1000
  log(`index built: ${indexed} localized documents in ${buildSeconds.toFixed(1)} s`)

  const asked = queries(QUERIES)
  const ours: number[] = []
  let found = 0
  for (const { q, locale } of asked) {
    const t = performance.now()
    const { total } = index.search(q, { locale, limit: 10 })
    ours.push(performance.now() - t)
    if (total) found++
  }
  const like: number[] = []
  for (const { q, locale } of asked) {
    const t = performance.now()
    await payload.find({
      collection: 'news',
      locale,
      where: { or: [{ title: { like: q } }, { excerpt: { like: q } }, { body: { like: q } }] },
      limit: 10,
      depth: 0,
      overrideAccess: false,
      draft: false,
    })
    like.push(performance.now() - t)
  }
  log(`${asked.length} queries each way`)
  console.log(
    JSON.stringify({
      docs: DOCS,
      indexed,
      fillSeconds,
      buildSeconds,
      queries: asked.length,
      found,
      oursP50: percentile(ours, 50),
      oursP95: percentile(ours, 95),
      likeP50: percentile(like, 50),
      likeP95: percentile(like, 95),
      heapMB: process.memoryUsage().heapUsed / 2 ** 20,
    }),
  )
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
