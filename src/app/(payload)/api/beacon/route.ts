import { laoDay } from '@/lib/laoTime'
import { clientKey, rateLimiter } from '@/lib/rateLimit'
import { isBot, parseBeacon, type Beacon } from '@/reach/beacon'
import { countOne } from '@/reach/counts'
import { embedPartners, findBySlug, payloadClient } from '@/site/data'

export const dynamic = 'force-dynamic'

/** Plenty for a few pages with a player each (a view and a play each); a flood is refused. */
const limiter = rateLimiter({ perSecond: 2, burst: 40 })

const MAX_BODY = 2048

const answer = (status: number, message?: string, headers: Record<string, string> = {}) =>
  message
    ? Response.json(
        { errors: [{ message }] },
        { status, headers: { 'Cache-Control': 'no-store', ...headers } },
      )
    : new Response(null, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

/** The partner an embed counts for: its embed code's `partner`, else the framing page's origin. */
async function partnerOf(beacon: Beacon): Promise<number | null> {
  if (beacon.source !== 'embed') return null
  const { partners } = await embedPartners()
  const match =
    (beacon.partner && partners.find((p) => p.slug === beacon.partner)) ||
    (beacon.origin && partners.find((p) => p.origins.includes(beacon.origin!))) ||
    null
  return match ? match.id : null
}

/**
 * POST a view or play of a published item, by navigator.sendBeacon or a keepalive fetch
 * (`text/plain` JSON):
 * - from a page of the site: {"type","slug","event":"view"|"play","source":"site"};
 * - from an embedded player: {"type","slug","event":"load"|"play","partner"?,"origin"?}.
 * Counted per Lao day, item, source and partner (src/reach/beacon.ts says what is accepted).
 * No cookie is read or set and no address is stored; crawlers get 204 and count nothing;
 * rate-limited per client (429 with Retry-After).
 */
export async function POST(request: Request): Promise<Response> {
  const limit = limiter.take(clientKey(request.headers))
  if (!limit.ok)
    return answer(429, 'Too many events: try again shortly.', {
      'Retry-After': String(limit.retryAfter),
    })
  const tooBig = () => answer(413, `An event is at most ${MAX_BODY} bytes.`)
  // Refused before it is read when the length is declared; measured after when it is not.
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) return tooBig()
  const text = await request.text()
  if (text.length > MAX_BODY) return tooBig()
  const parsed = parseBeacon(text)
  if (!parsed.ok) return answer(400, parsed.message)
  const { beacon } = parsed
  if (isBot(request.headers.get('user-agent'))) return answer(204)
  const doc = await findBySlug(beacon.type, beacon.slug, 'lo', 0)
  if (!doc) return answer(404, `There is no published ${beacon.type} "${beacon.slug}".`)
  await countOne(
    await payloadClient(),
    {
      day: laoDay(),
      type: beacon.type,
      slug: beacon.slug,
      source: beacon.source,
      partner: await partnerOf(beacon),
    },
    beacon.field,
  )
  return answer(204)
}
