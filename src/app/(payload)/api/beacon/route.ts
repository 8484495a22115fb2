import { countOne } from '@/embed/counts'
import { laoDay } from '@/lib/laoTime'
import { embedTypes, isEmbedType } from '@/embed/types'
import { clientKey, rateLimiter } from '@/lib/rateLimit'
import { embedPartners, findBySlug, payloadClient } from '@/site/data'

export const dynamic = 'force-dynamic'

/** Plenty for a page with a few players (a load and a play each); a flood is refused. */
const limiter = rateLimiter({ perSecond: 2, burst: 40 })

/** Self-declared crawlers and preview fetchers are not people. */
const BOT = /bot|crawler|spider|slurp|facebookexternalhit|lighthouse|preview/i

const MAX_BODY = 2048

const answer = (status: number, message?: string, headers: Record<string, string> = {}) =>
  message
    ? Response.json(
        { errors: [{ message }] },
        { status, headers: { 'Cache-Control': 'no-store', ...headers } },
      )
    : new Response(null, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

/**
 * POST {"type","slug","event":"load"|"play","partner"?,"origin"?} from an embedded player (by
 * navigator.sendBeacon). Counted per day, item and partner: the `partner` slug from the embed
 * code, else the partner whose allowed origins include the framing page's origin. No cookies,
 * no stored address; rate-limited per client (429 with Retry-After).
 */
export async function POST(request: Request): Promise<Response> {
  const limit = limiter.take(clientKey(request.headers))
  if (!limit.ok)
    return answer(429, 'Too many events: try again shortly.', {
      'Retry-After': String(limit.retryAfter),
    })
  const text = await request.text()
  if (text.length > MAX_BODY) return answer(413, `An event is at most ${MAX_BODY} bytes.`)
  let body: Record<string, unknown>
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {
    return answer(400, 'The body must be JSON: {"type","slug","event"}.')
  }
  const { type, slug, event, partner, origin } = body ?? {}
  if (typeof type !== 'string' || !isEmbedType(type))
    return answer(400, `"type" must be one of ${Object.keys(embedTypes).join(', ')}.`)
  if (typeof slug !== 'string' || !slug || slug.length > 200)
    return answer(400, '"slug" must name a published item.')
  if (event !== 'load' && event !== 'play') return answer(400, '"event" must be "load" or "play".')
  if (BOT.test(request.headers.get('user-agent') ?? '')) return answer(204)
  const doc = await findBySlug(embedTypes[type].collection, slug, 'lo', 0)
  if (!doc) return answer(404, `There is no published ${type} "${slug}".`)
  const { partners } = await embedPartners()
  const match =
    (typeof partner === 'string' && partners.find((p) => p.slug === partner)) ||
    (typeof origin === 'string' && partners.find((p) => p.origins.includes(origin))) ||
    null
  await countOne(
    await payloadClient(),
    { day: laoDay(), type, slug, source: 'embed', partner: match ? match.id : null },
    event === 'load' ? 'views' : 'plays',
  )
  return answer(204)
}
