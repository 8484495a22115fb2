/**
 * What the public pages read, always as a visitor: through the Local API with
 * `overrideAccess: false` and no user, so only published work and public media come back.
 */
import config from '@payload-config'
import { getPayload, type Where } from 'payload'
import type { Locale } from '@/lib/locales'
import type { Province, SiteSetting, Topic } from '@/payload-types'
import type { SectionCollection } from './sections'

export const PAGE_SIZE = 12

export const payloadClient = () => getPayload({ config })

const visitor = { overrideAccess: false, draft: false } as const

export type Filters = { topic?: string; audience?: string; province?: string }

async function filterWhere(filters: Filters): Promise<Where[]> {
  const payload = await payloadClient()
  const and: Where[] = []
  const idOf = async (
    collection: 'topics' | 'provinces',
    field: 'slug' | 'code',
    value: string,
  ) => {
    const { docs } = await payload.find({
      collection,
      where: { [field]: { equals: value } },
      limit: 1,
      depth: 0,
      ...visitor,
    })
    return docs[0]?.id ?? -1
  }
  if (filters.topic) and.push({ topics: { in: [await idOf('topics', 'slug', filters.topic)] } })
  if (filters.province)
    and.push({ provinces: { in: [await idOf('provinces', 'code', filters.province)] } })
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
  const and = [...(await filterWhere(filters)), ...(where ? [where] : [])]
  return payload.find({
    collection,
    locale,
    fallbackLocale: 'lo',
    page,
    limit,
    depth: 1,
    sort: '-publishedAt',
    where: and.length ? { and } : undefined,
    ...visitor,
  })
}

export async function findBySlug<C extends SectionCollection | 'episodes'>(
  collection: C,
  slug: string,
  locale: Locale,
  depth = 2,
) {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    locale,
    fallbackLocale: 'lo',
    where: { slug: { equals: slug } },
    limit: 1,
    depth,
    ...visitor,
  })
  return docs[0] ?? null
}

export async function siteSettings(locale: Locale): Promise<SiteSetting> {
  const payload = await payloadClient()
  return payload.findGlobal({
    slug: 'site-settings',
    locale,
    fallbackLocale: 'lo',
    depth: 0,
    ...visitor,
  })
}

export async function taxonomies(
  locale: Locale,
): Promise<{ topics: Topic[]; provinces: Province[] }> {
  const payload = await payloadClient()
  const [topics, provinces] = await Promise.all([
    payload.find({
      collection: 'topics',
      locale,
      fallbackLocale: 'lo',
      limit: 100,
      depth: 0,
      sort: 'title',
      ...visitor,
    }),
    payload.find({
      collection: 'provinces',
      locale,
      fallbackLocale: 'lo',
      limit: 100,
      depth: 0,
      sort: 'title',
      ...visitor,
    }),
  ])
  return { topics: topics.docs, provinces: provinces.docs }
}
