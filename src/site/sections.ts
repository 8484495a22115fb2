import type { CollectionSlug } from 'payload'
import { glossary, pluralOf } from '@/i18n/glossary'
import type { Locale } from '@/lib/locales'
import { slugs } from '@/lib/slugs'

/** The public sections of the site: URL segment, collection and name. */
export const sections = {
  campaigns: { collection: slugs.campaigns, label: pluralOf(glossary.campaign) },
  songs: { collection: slugs.songs, label: pluralOf(glossary.song) },
  dramas: { collection: slugs.dramas, label: pluralOf(glossary.drama) },
  radio: { collection: slugs.radioSpots, label: glossary.radio },
  tv: { collection: slugs.tvSpots, label: glossary.tv },
  social: { collection: slugs.socialPosts, label: glossary.socialMedia },
  news: { collection: slugs.news, label: pluralOf(glossary.news) },
  quizzes: { collection: slugs.quizzes, label: pluralOf(glossary.quiz) },
  polls: { collection: slugs.polls, label: pluralOf(glossary.poll) },
} as const satisfies Record<string, { collection: CollectionSlug; label: Record<Locale, string> }>

export type Section = keyof typeof sections
export type SectionCollection = (typeof sections)[Section]['collection']

export function isSection(value: string): value is Section {
  return Object.hasOwn(sections, value)
}

/** Site-relative path of a page: /lo, /lo/songs, /lo/songs/call-1300, /lo/dramas/x/x-1. */
export function pathOf(locale: Locale, ...parts: (string | undefined)[]): string {
  return ['', locale, ...parts.filter(Boolean).map((p) => encodeURIComponent(p!))].join('/')
}

/** Where a document's page is: /lo/songs/x, or /lo/dramas/x/x-1 for an episode. */
export function hrefOf(
  collection: string,
  doc: { slug?: string | null; drama?: { slug?: string | null } | number | string | null },
  locale: Locale,
): string {
  if (collection === 'episodes') {
    const drama = doc.drama && typeof doc.drama === 'object' ? doc.drama : null
    return pathOf(locale, 'dramas', drama?.slug ?? undefined, doc.slug ?? undefined)
  }
  return pathOf(locale, sectionOf(collection), doc.slug ?? undefined)
}

/** The section whose pages show documents of a collection. */
export function sectionOf(collection: string): Section | undefined {
  return (Object.keys(sections) as Section[]).find((s) => sections[s].collection === collection)
}
