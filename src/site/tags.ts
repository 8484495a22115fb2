/**
 * Cache tags of the public site. Every cached read of the site carries tags; a change to the
 * content expires exactly the tags it touches, and with them every page, list, feed and sitemap
 * built from those reads. No Next.js import here: the Payload hooks of any process use it.
 *
 * - `siang:settings`: the site settings (the hotline bar is on every page).
 * - `siang:<collection>`: any list or query of a public collection (list pages, home, campaign
 *   pages, feeds, sitemap).
 * - `siang:<collection>:<slug>`: one document read by its slug (its detail page, and the episode
 *   pages under a drama).
 * - `siang:redirects`: staff's redirects (src/redirects), read by every address no page answers.
 * - `siang:related`: what published documents show of other collections (campaign names, topics,
 *   provinces, partners, pictures). Rare, wide changes; every content read carries it.
 */
import { slugs } from '../lib/slugs'

export const PREFIX = 'siang:'

/**
 * How a public page tells Siang's server (src/server/pageCache.ts) that it may be kept, and
 * under which tags: a response header the server takes off before the answer leaves.
 */
export const CACHE_TAGS_HEADER = 'x-siang-cache-tags'

/** Tags as a header value: each %-encoded (a slug may be Lao), separated by spaces. */
export const tagsHeader = (list: string[]): string => list.map(encodeURIComponent).join(' ')

/** The tags a header value names. */
export const tagsFromHeader = (value: string): string[] =>
  value
    .split(' ')
    .filter(Boolean)
    .map((tag) => {
      try {
        return decodeURIComponent(tag)
      } catch {
        return tag
      }
    })

/** Not a cache tag: asks a server to rebuild its search index (`npm run search:reindex`). */
export const SEARCH_REBUILD = `${PREFIX}search-rebuild`

export const tags = {
  settings: `${PREFIX}settings`,
  related: `${PREFIX}related`,
  redirects: `${PREFIX}redirects`,
  list: (collection: string) => `${PREFIX}${collection}`,
  doc: (collection: string, slug: string) => `${PREFIX}${collection}:${slug}`,
}

/** Collections whose documents other pages show inside their own (populated relations). */
export const relatedCollections = new Set<string>([
  slugs.campaigns,
  slugs.topics,
  slugs.provinces,
  slugs.partners,
  slugs.media,
])

/** A read that shows another collection's documents as part of its own: an episode its drama. */
const embeds: Record<string, string[]> = { [slugs.episodes]: [slugs.dramas] }

/** Tags of a cached read of one collection: a list when `slug` is absent, else one document. */
export function readTags(collection: string, slug?: string): string[] {
  return [
    slug === undefined ? tags.list(collection) : tags.doc(collection, slug),
    ...(embeds[collection] ?? []).map(tags.list),
    tags.related,
  ]
}

type Doc = { slug?: unknown; _status?: unknown } | null | undefined

const slugOf = (doc: Doc) => (typeof doc?.slug === 'string' && doc.slug ? doc.slug : undefined)

/**
 * What a write to a public collection makes stale: its lists, the document under its old and new
 * slug, and for a collection that other pages show, every content read.
 */
export function changeTags(collection: string, doc: Doc, previousDoc?: Doc): string[] {
  const out = new Set<string>([tags.list(collection)])
  for (const slug of [slugOf(doc), slugOf(previousDoc)])
    if (slug) out.add(tags.doc(collection, slug))
  if (relatedCollections.has(collection)) out.add(tags.related)
  return [...out]
}

/** A tag this site may expire: ours, printable, short. Anything else is refused as bad input. */
export function isSiteTag(tag: unknown): tag is string {
  return (
    typeof tag === 'string' &&
    tag.startsWith(PREFIX) &&
    tag.length <= 256 &&
    !/[\s\p{C}]/u.test(tag)
  )
}
