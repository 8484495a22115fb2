/**
 * Which podcast feeds there are and what each carries: one per section that plays (songs, radio
 * spots), one per drama series (its episodes in order, by season and number), and one per
 * campaign (its songs, spots and episodes, newest first).
 */
import { glossary, pluralOf } from '@/i18n/glossary'
import type { Locale } from '@/lib/locales'
import { asMedia } from '@/media/populated'
import type { Campaign, Drama, Media } from '@/payload-types'
import { plainText } from '@/lib/richText'
import { findBySlug, listPublished } from '../data'
import { pathOf } from '../sections'
import { siteStrings } from '../strings'
import type { ItemSource } from './items'
import { feedPath } from './paths'
import type { FeedItemDoc, ItemCollection } from './transcripts'

export type FeedSource = {
  title: string
  /** The page the feed belongs to. */
  page: string
  /** The feed's own address, site-relative. */
  self: string
  description?: string
  /** The feed's own artwork when it fits podcast apps' rules; else the site's. */
  artwork?: Media | null
  type: 'episodic' | 'serial'
  items: ItemSource[]
}

const ITEMS = 200

/** The section feeds: /feeds/{locale}/{songs|radio}.xml. */
export const sectionFeeds = {
  songs: { collection: 'songs', title: pluralOf(glossary.song) },
  radio: { collection: 'radio-spots', title: pluralOf(glossary.radioSpot) },
} as const

export type SectionFeed = keyof typeof sectionFeeds

export const isSectionFeed = (name: string): name is SectionFeed =>
  Object.hasOwn(sectionFeeds, name)

/** The feeds of one document, by the section of its page: /feeds/{locale}/{section}/{slug}.xml. */
export const documentFeeds = ['dramas', 'campaigns'] as const
export type DocumentFeed = (typeof documentFeeds)[number]

export const isDocumentFeed = (name: string): name is DocumentFeed =>
  (documentFeeds as readonly string[]).includes(name)

const sourcesOf = <C extends ItemCollection>(collection: C, docs: unknown[]): ItemSource[] =>
  docs.map((doc) => ({ doc: doc as FeedItemDoc, collection }))

export async function sectionFeed(name: SectionFeed, locale: Locale): Promise<FeedSource> {
  const { collection, title } = sectionFeeds[name]
  const { docs } = await listPublished(collection, locale, { limit: ITEMS })
  return {
    title: `${siteStrings(locale).siteName} · ${title[locale]}`,
    page: pathOf(locale, name),
    self: feedPath(locale, name),
    type: 'episodic',
    items: sourcesOf(collection, docs),
  }
}

/** A drama series as a serial podcast: episodes by season, then number. */
async function seriesFeed(slug: string, locale: Locale): Promise<FeedSource | null> {
  const drama = (await findBySlug('dramas', slug, locale, 1)) as Drama | null
  if (!drama) return null
  const { docs } = await listPublished('episodes', locale, {
    limit: ITEMS,
    where: { drama: { equals: drama.id } },
  })
  const order = (e: (typeof docs)[number]) => (e.season ?? 1) * 100_000 + e.number
  return {
    title: drama.title,
    page: pathOf(locale, 'dramas', drama.slug ?? ''),
    self: feedPath(locale, 'dramas', drama.slug ?? ''),
    description: plainText(drama.synopsis),
    artwork: asMedia(drama.poster),
    type: 'serial',
    items: sourcesOf(
      'episodes',
      [...docs].sort((a, b) => order(a) - order(b)),
    ),
  }
}

/** A campaign's songs, radio and TV spots and episodes, newest first. */
async function campaignFeed(slug: string, locale: Locale): Promise<FeedSource | null> {
  const campaign = (await findBySlug('campaigns', slug, locale, 1)) as Campaign | null
  if (!campaign) return null
  const where = { campaigns: { in: [campaign.id] } }
  const lists = await Promise.all(
    (['songs', 'radio-spots', 'tv-spots', 'episodes'] as const).map(async (collection) =>
      sourcesOf(
        collection,
        (await listPublished(collection, locale, { limit: ITEMS, where })).docs,
      ),
    ),
  )
  const newest = (a: ItemSource) => Date.parse(a.doc.publishedAt ?? '') || 0
  return {
    title: `${siteStrings(locale).siteName} · ${campaign.title}`,
    page: pathOf(locale, 'campaigns', campaign.slug ?? ''),
    self: feedPath(locale, 'campaigns', campaign.slug ?? ''),
    description: campaign.summary ?? undefined,
    artwork: asMedia(campaign.heroImage),
    type: 'episodic',
    items: lists
      .flat()
      .sort((a, b) => newest(b) - newest(a))
      .slice(0, ITEMS),
  }
}

export const documentFeed = (name: DocumentFeed, slug: string, locale: Locale) =>
  name === 'dramas' ? seriesFeed(slug, locale) : campaignFeed(slug, locale)
