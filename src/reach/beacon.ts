/**
 * What a counting beacon may say, checked before anything is read or written. No Payload
 * imports: the route (src/app/(payload)/api/beacon) does the lookups and the counting.
 */
import { contentSlugs, slugs, type ContentSlug } from '../lib/slugs'
import { embedTypes, isEmbedType, isPlayerType, playerTypes } from '../embed/types'

/** Every public detail page counts its views; campaigns are collections of these, not material. */
export type ViewType = Exclude<ContentSlug, typeof slugs.campaigns>
export const viewTypes: readonly ViewType[] = contentSlugs.filter(
  (slug): slug is ViewType => slug !== slugs.campaigns,
)

/** Types whose page has a player, so that a play can be counted. */
export const playTypes: ViewType[] = Object.values(playerTypes).map((t) => t.collection)

export const isViewType = (value: string): value is ViewType =>
  (viewTypes as readonly string[]).includes(value)

export const hasPlayer = (type: string): boolean => (playTypes as string[]).includes(type)

export type Beacon = {
  /** The collection slug, as `daily-counts` stores it. */
  type: ViewType
  slug: string
  field: 'views' | 'plays'
  source: 'site' | 'embed'
  /** Embeds only: the partner slug of the embed code, and the framing page's origin. */
  partner?: string
  origin?: string
}

export type Parsed = { ok: true; beacon: Beacon } | { ok: false; message: string }

const refuse = (message: string): Parsed => ({ ok: false, message })

/**
 * The site sends `{"type","slug","event":"view"|"play","source":"site"}`; an embed sends
 * `{"type","slug","event":"load"|"play","partner"?,"origin"?}` (src/embed), with no
 * `source` or `"source":"embed"`. A load of an embed counts as a view.
 */
export function parseBeacon(text: string): Parsed {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse('The body must be JSON: {"type","slug","event","source"}.')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return refuse('The body must be a JSON object: {"type","slug","event","source"}.')
  const { type, slug, event, source = 'embed', partner, origin } = body as Record<string, unknown>
  if (source !== 'site' && source !== 'embed')
    return refuse('"source" must be "site" (a page of this site) or "embed" (an embedded player).')
  if (typeof slug !== 'string' || !slug || slug.length > 200)
    return refuse('"slug" must name a published item.')
  if (source === 'embed') {
    if (typeof type !== 'string' || !isEmbedType(type))
      return refuse(`"type" must be one of ${Object.keys(embedTypes).join(', ')}.`)
    if (event !== 'load' && event !== 'play') return refuse('"event" must be "load" or "play".')
    if (event === 'play' && !isPlayerType(type))
      return refuse(`An embedded ${type} has no player: only its "load" is counted.`)
    return {
      ok: true,
      beacon: {
        type: embedTypes[type].collection,
        slug,
        field: event === 'load' ? 'views' : 'plays',
        source,
        partner: typeof partner === 'string' ? partner : undefined,
        origin: typeof origin === 'string' ? origin : undefined,
      },
    }
  }
  if (typeof type !== 'string' || !isViewType(type))
    return refuse(`"type" must be one of ${viewTypes.join(', ')}.`)
  if (event !== 'view' && event !== 'play') return refuse('"event" must be "view" or "play".')
  if (event === 'play' && !hasPlayer(type))
    return refuse(`A ${type} page has no player: plays count for ${playTypes.join(', ')} only.`)
  return { ok: true, beacon: { type, slug, field: event === 'view' ? 'views' : 'plays', source } }
}

/** Self-declared crawlers, preview fetchers and audit tools are not people. */
const BOT = /bot|crawler|spider|slurp|facebookexternalhit|lighthouse|preview/i

export const isBot = (userAgent: string | null): boolean => BOT.test(userAgent ?? '')
