import config from '@payload-config'
import { getPayload } from 'payload'
import { isLocale } from '@/lib/locales'
import { clientKey, rateLimiter } from '@/lib/rateLimit'
import { searchCollections, type SearchCollection } from '@/search/index'
import { searchIndex } from '@/search/instance'

export const dynamic = 'force-dynamic'

/** A search-as-you-type box sends bursts: 30 a second sustained, 60 at once. */
const limiter = rateLimiter({ perSecond: 30, burst: 60 })
const MAX_QUERY = 200
const MAX_LIMIT = 50

const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' }

const problem = (status: number, message: string, extra: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers: { ...headers, ...extra } })

/**
 * GET /api/search?q=…&locale=lo|en&type={collection}&limit=1..50: published work in every public
 * type, ranked (src/search). `{"docs": [{"type","slug","title","url","score"}], "totalDocs"}`.
 */
export async function GET(request: Request): Promise<Response> {
  const limit = limiter.take(clientKey(request.headers))
  if (!limit.ok)
    return problem(429, 'Too many searches: wait a moment.', {
      'Retry-After': String(limit.retryAfter),
    })
  const q = new URL(request.url).searchParams
  // Long queries are cut, on a character boundary.
  const query = [...(q.get('q') ?? '').trim()].slice(0, MAX_QUERY).join('')
  const locale = q.get('locale') || 'lo'
  if (!isLocale(locale)) return problem(400, '"locale" must be lo or en.')
  const type = q.get('type') || undefined
  if (type && !(searchCollections as readonly string[]).includes(type))
    return problem(400, `"type" must be one of ${searchCollections.join(', ')}.`)
  const rawLimit = q.get('limit')
  const max = rawLimit === null || rawLimit === '' ? 10 : Number(rawLimit)
  if (!Number.isInteger(max) || max < 1 || max > MAX_LIMIT)
    return problem(400, `"limit" must be a whole number from 1 to ${MAX_LIMIT}.`)
  if (!query) return Response.json({ docs: [], totalDocs: 0 }, { headers })
  const index = searchIndex(await getPayload({ config }))
  await index.ready()
  const { hits, total } = index.search(query, {
    locale,
    type: type as SearchCollection | undefined,
    limit: max,
  })
  return Response.json(
    {
      docs: hits.map(({ type, slug, title, url, score }) => ({ type, slug, title, url, score })),
      totalDocs: total,
    },
    { headers },
  )
}
