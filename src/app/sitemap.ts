import type { MetadataRoute } from 'next'
import { resolveServerURL } from '@/lib/env'
import { locales } from '@/lib/locales'
import { hrefOf } from '@/site/sections'
import { listPublished } from '@/site/data'
import { populated } from '@/lib/populated'
import { documentFeeds, feedPath, itemKinds, sectionFeeds, type SectionFeed } from '@/site/feeds'
import { localePaths } from '@/site/metadata'
import { pathOf, sections, type Section } from '@/site/sections'

export const dynamic = 'force-dynamic'

const feedItemCollections = Object.values(itemKinds)

/** Every public page, in every language, each with its alternates, and every podcast feed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = resolveServerURL()
  const entry = (path: string, lastModified?: string | null): MetadataRoute.Sitemap[number] => {
    const paths = localePaths(path)
    return {
      url: origin + path,
      lastModified: lastModified ?? undefined,
      alternates: {
        languages: {
          ...Object.fromEntries(locales.map((l) => [l, origin + paths[l]])),
          // Lao first: a visitor whose language is neither is sent to it, as `/` does.
          'x-default': origin + paths.lo,
        },
      },
    }
  }
  const entries: MetadataRoute.Sitemap = []
  for (const locale of locales) {
    entries.push(entry(pathOf(locale)))
    for (const section of Object.keys(sections) as Section[])
      entries.push(entry(pathOf(locale, section)))
    entries.push(entry(pathOf(locale, 'help')), entry(pathOf(locale, 'help', 'services')))
  }
  // Podcast feeds: the sections', and those of each series and campaign with something to play.
  const withFeeds = { dramas: new Set<string>(), campaigns: new Set<string>() }
  for (const collection of [
    ...Object.values(sections).map((s) => s.collection),
    'episodes' as const,
  ]) {
    const { docs } = await listPublished(collection, 'lo', { limit: 0 })
    for (const doc of docs) {
      for (const locale of locales)
        entries.push(entry(hrefOf(collection, doc as never, locale), doc.updatedAt))
      if (!(feedItemCollections as readonly string[]).includes(collection)) continue
      const { drama, campaigns } = doc as { drama?: unknown; campaigns?: unknown[] | null }
      for (const related of [drama, ...(campaigns ?? [])]) {
        const slug = populated<{ slug?: string | null }>(related)?.slug
        if (slug) withFeeds[related === drama ? 'dramas' : 'campaigns'].add(slug)
      }
    }
  }
  for (const locale of locales) {
    for (const feed of Object.keys(sectionFeeds) as SectionFeed[])
      entries.push({ url: origin + feedPath(locale, feed) })
    for (const name of documentFeeds)
      for (const slug of withFeeds[name])
        entries.push({ url: origin + feedPath(locale, name, slug) })
  }
  return entries
}
