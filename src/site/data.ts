/**
 * What the public pages read, always as a visitor: through the Local API with
 * `overrideAccess: false` and no user, so only published work and public media come back.
 * Reads are memoized per request with React's cache(): the header, both hotline bars and the
 * page read the settings once, and a detail page's metadata and body read their document once.
 */
import config from '@payload-config'
import { getPayload, type DataFromCollectionSlug, type Where } from 'payload'
import { cache } from 'react'
import type { Locale } from '@/lib/locales'
import type { Province, SiteSetting, Topic } from '@/payload-types'
import type { SectionCollection } from './sections'

export const PAGE_SIZE = 12

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

export async function listPublished<C extends SectionCollection | 'episodes'>(
  collection: C,
  locale: Locale,
  {
    page = 1,
    limit = PAGE_SIZE,
    filters = {},
    where,
  }: { page?: number; limit?: number; filters?: Filters; where?: Where } = {},
) {
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
}

const findOne = cache(
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
)

export function findBySlug<C extends SectionCollection | 'episodes'>(
  collection: C,
  slug: string,
  locale: Locale,
  depth = 2,
): Promise<DataFromCollectionSlug<C> | null> {
  return findOne(collection, slug, locale, depth) as Promise<DataFromCollectionSlug<C> | null>
}

export const siteSettings = cache(async (locale: Locale): Promise<SiteSetting> => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site-settings', ...localized(locale), depth: 0, ...visitor })
})

export const taxonomies = cache(
  async (locale: Locale): Promise<{ topics: Topic[]; provinces: Province[] }> => {
    const payload = await payloadClient()
    const all = { ...localized(locale), limit: 100, depth: 0, sort: 'title', ...visitor }
    const [topics, provinces] = await Promise.all([
      payload.find({ collection: 'topics', ...all }),
      payload.find({ collection: 'provinces', ...all }),
    ])
    return { topics: topics.docs, provinces: provinces.docs }
  },
)
