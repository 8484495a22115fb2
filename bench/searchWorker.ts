/**
 * Run by the `search` benchmark in its own process (the Payload config reads DATABASE_URI when it
 * loads): fills a scratch database with generated news in Lao and English, then measures the
 * search index against a plain `like` query over the same documents. Prints one JSON line.
 */
import { getPayload } from 'payload'
import config from '../src/payload.config'
import { SearchIndex } from '../src/search/index'

const DOCS = Number(process.env.SEARCH_BENCH_DOCS || 10_000)
const QUERIES = 200

// Words from the committee's article and the campaign's English, to make text that reads like it.
const lao =
  'ການຄ້າມະນຸດ ຄະນະກຳມະການ ສາຍດ່ວນ ຊາວໜຸ່ມ ແຂວງ ບ້ານ ວຽກງານ ໂຄສະນາ ເພງ ລະຄອນ ວິທະຍຸ ໂທລະພາບ ສື່ສັງຄົມ ຜູ້ເຄາະຮ້າຍ ແຮງງານ ຕ່າງປະເທດ ຫນັງສືຜ່ານແດນ ບໍລິສັດ ນາຍຫນ້າ ຄອບຄົວ ແມ່ຍິງ ເດັກນ້ອຍ ປ້ອງກັນ ສະກັດກັ້ນ ຊ່ວຍເຫຼືອ ກົດໝາຍ ຕຳຫຼວດ ຊາຍແດນ ເດີນທາງ ປອດໄພ ຮຽນຮູ້ ເຄືອຂ່າຍ ກອງປະຊຸມ ສະຫຼຸບ ແຜນການ'.split(
    ' ',
  )
const english =
  'trafficking committee hotline youth province village awareness song drama radio television social victim labour abroad passport agency broker family women children prevent protect help law police border journey safe learn network meeting summary plan'.split(
    ' ',
  )

let seed = 42
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]
const sentence = (words: string[], n: number, glue: string) =>
  Array.from({ length: n }, () => pick(words)).join(glue)

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  const fillStart = performance.now()
  for (let i = 0; i < DOCS; i++) {
    const doc = await payload.create({
      collection: 'news',
      locale: 'lo',
      data: {
        title: `${sentence(lao, 4, '')} ${i}`,
        excerpt: sentence(lao, 40, random() < 0.5 ? ' ' : ''),
        _status: 'published',
      },
      overrideAccess: true,
      depth: 0,
    })
    await payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      data: { title: `${sentence(english, 4, ' ')} ${i}`, excerpt: sentence(english, 40, ' ') },
      overrideAccess: true,
      depth: 0,
    })
  }
  const fillSeconds = (performance.now() - fillStart) / 1000

  const index = new SearchIndex(payload)
  const buildStart = performance.now()
  const indexed = await index.rebuild()
  const buildSeconds = (performance.now() - buildStart) / 1000

  const queries = Array.from({ length: QUERIES }, (_, i) =>
    i % 2 ? { q: pick(english), locale: 'en' as const } : { q: pick(lao), locale: 'lo' as const },
  )
  const ours: number[] = []
  for (const { q, locale } of queries) {
    const t = performance.now()
    index.search(q, { locale, limit: 10 })
    ours.push(performance.now() - t)
  }
  const like: number[] = []
  for (const { q, locale } of queries) {
    const t = performance.now()
    await payload.find({
      collection: 'news',
      locale,
      where: { or: [{ title: { like: q } }, { excerpt: { like: q } }] },
      limit: 10,
      depth: 0,
      overrideAccess: false,
      draft: false,
    })
    like.push(performance.now() - t)
  }
  console.log(
    JSON.stringify({
      docs: DOCS,
      indexed,
      fillSeconds,
      buildSeconds,
      oursP50: percentile(ours, 50),
      oursP95: percentile(ours, 95),
      likeP50: percentile(like, 50),
      likeP95: percentile(like, 95),
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
