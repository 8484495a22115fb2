/**
 * What the public pages read, always as a visitor: through the Local API with
 * `overrideAccess: false` and no user, so only published work and public media come back.
 *
 * Every read carries cache tags (src/site/tags.ts): a write expires the tags it touches
 * (src/site/freshness.ts), and with them what was built from those reads. A public page records
 * the tags of what it read and is kept whole by Siang's server (src/site/render/scope.ts);
 * feeds, the sitemap and embeds keep their reads in Next's data cache. Both also expire by time,
 * REVALIDATE_SECONDS, as a safety net.
 */
import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload, type DataFromCollectionSlug, type PaginatedDocs, type Where } from 'payload'
import { readInScope } from './render/scope'
import { readTags, tags } from './tags'
import type { Locale } from '@/lib/locales'
import type { ServiceKind } from '@/lib/help'
import { slugs } from '@/lib/slugs'
import type { Province, SiteSetting, Topic } from '@/payload-types'
import type { SectionCollection } from './sections'

export const PAGE_SIZE = 12

/**
 * The safety net: a cached read or page is at most this old when a write could not reach the
 * server. Route segments repeat the literal (Next.js reads `revalidate` statically).
 */
export const REVALIDATE_SECONDS = 30

/**
 * A read under `tags`: straight from the database inside a page's render (recorded with its tags),
 * else cached across requests in Next's data cache, keyed by its name and arguments.
 */
function taggedRead<A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
  tagsOf: (...args: A) => string[],
): (...args: A) => Promise<R> {
  return (...args: A) => {
    const key = [name, JSON.stringify(args)]
    const tags = tagsOf(...args)
    return readInScope(
      key.join(' '),
      tags,
      () => read(...args),
      () => unstable_cache(() => read(...args), key, { tags, revalidate: REVALIDATE_SECONDS })(),
    )
  }
}

export const payloadClient = () => getPayload({ config })

const visitor = { overrideAccess: false, draft: false } as const
const localized = (locale: Locale) => ({ locale, fallbackLocale: 'lo' as const })

export type Filters = { topic?: string; audience?: string; province?: string }

/** Filters by the taxonomy's public key, through the relationship: no lookups first. */
function filterWhere(filters: Filters): Where[] {
  const and: Where[] = []
  if (filters.topic) and.push({ 'topics.slug': { equals: filters.topic } })
  if (filters.province) and.push({ 'provinces.code': { equals: filters.province } })
  if (filters.audience) and.push({ audiences: { in: [filters.audience] } })
  return and
}

type ListOptions = { page?: number; limit?: number; filters?: Filters; where?: Where }

const listOf = taggedRead(
  'list',
  async (
    collection: SectionCollection | 'episodes',
    locale: Locale,
    { page = 1, limit = PAGE_SIZE, filters = {}, where }: ListOptions,
  ) => {
    const payload = await payloadClient()
    const and = [...filterWhere(filters), ...(where ? [where] : [])]
    return payload.find({
      collection,
      ...localized(locale),
      page,
      limit,
      depth: 1,
      sort: '-publishedAt',
      where: and.length ? { and } : undefined,
      ...visitor,
    })
  },
  (collection) => readTags(collection),
)

export function listPublished<C extends SectionCollection | 'episodes'>(
  collection: C,
  locale: Locale,
  options: ListOptions = {},
) {
  return listOf(collection, locale, options) as Promise<PaginatedDocs<DataFromCollectionSlug<C>>>
}

/** The campaign running now, else the latest one. */
export async function currentCampaign(locale: Locale) {
  // To the hour, so that the cached read is shared: campaigns run for weeks.
  const now = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString()
  const running = await listPublished('campaigns', locale, {
    limit: 1,
    where: {
      and: [{ startDate: { less_than_equal: now } }, { endDate: { greater_than_equal: now } }],
    },
  })
  return running.docs[0] ?? (await listPublished('campaigns', locale, { limit: 1 })).docs[0]
}

const findOne = taggedRead(
  'doc',
  async (
    collection: SectionCollection | 'episodes',
    slug: string,
    locale: Locale,
    depth: number,
  ) => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection,
      ...localized(locale),
      where: { slug: { equals: slug } },
      limit: 1,
      depth,
      ...visitor,
    })
    return docs[0] ?? null
  },
  (collection, slug) => readTags(collection, slug),
)

export function findBySlug<C extends SectionCollection | 'episodes'>(
  collection: C,
  slug: string,
  locale: Locale,
  depth = 2,
): Promise<DataFromCollectionSlug<C> | null> {
  return findOne(collection, slug, locale, depth) as Promise<DataFromCollectionSlug<C> | null>
}

/**
 * Media documents by id, as a visitor may see them: for what a list read at depth 1 leaves as
 * ids, such as a file's data-saver copy. A change to any media expires `related`.
 */
export const publicMedia = taggedRead(
  'media',
  async (ids: number[]) => {
    if (!ids.length) return []
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'media',
      where: { id: { in: ids } },
      depth: 0,
      pagination: false,
      ...visitor,
    })
    return docs
  },
  () => [tags.related],
)

export const siteSettings = taggedRead(
  'settings',
  async (locale: Locale): Promise<SiteSetting> => {
    const payload = await payloadClient()
    return payload.findGlobal({ slug: 'site-settings', ...localized(locale), depth: 0, ...visitor })
  },
  () => [tags.settings],
)

export const taxonomies = taggedRead(
  'taxonomies',
  async (locale: Locale): Promise<{ topics: Topic[]; provinces: Province[] }> => {
    const payload = await payloadClient()
    const all = { ...localized(locale), limit: 100, depth: 0, sort: 'title', ...visitor }
    const [topics, provinces] = await Promise.all([
      payload.find({ collection: 'topics', ...all }),
      payload.find({ collection: 'provinces', ...all }),
    ])
    return { topics: topics.docs, provinces: provinces.docs }
  },
  () => [tags.related],
)

export type EmbedPartner = { id: number; slug: string; origins: string[] }

/**
 * Who may frame the embeds: every partner's allowed origins, or anyone when the site settings
 * open embedding to all. The origins are private to staff and each partner, so this read skips
 * access control; only the origins leave the server (in the embed's CSP, as framing needs).
 */
export const embedPartners = taggedRead(
  'embed-partners',
  async (): Promise<{ anywhere: boolean; partners: EmbedPartner[] }> => {
    const payload = await payloadClient()
    const [partners, settings] = await Promise.all([
      payload.find({ collection: 'partners', limit: 0, depth: 0, overrideAccess: true }),
      payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true }),
    ])
    return {
      anywhere: Boolean(settings.embedAnywhere),
      partners: partners.docs.map((p) => ({
        id: p.id,
        slug: p.slug ?? '',
        origins: (p.allowedEmbedOrigins ?? []).map((o) => o.origin),
      })),
    }
  },
  () => [tags.list('partners'), tags.settings],
)

export type ServiceFilters = { province?: string; kind?: ServiceKind; page?: number }

/** The help directory's published services, by province code and kind, by name. */
export const publishedServices = taggedRead(
  'services',
  async (locale: Locale, { province, kind, page = 1 }: ServiceFilters) => {
    const payload = await payloadClient()
    const and: Where[] = []
    if (province) and.push({ 'province.code': { equals: province } })
    if (kind) and.push({ kind: { equals: kind } })
    return payload.find({
      collection: slugs.services,
      ...localized(locale),
      page,
      limit: 50,
      depth: 1,
      sort: 'name',
      where: and.length ? { and } : undefined,
      ...visitor,
    })
  },
  () => readTags(slugs.services),
)
