import type { Locale } from '@/lib/locales'
import type { Media } from '@/payload-types'
import { findBySlug } from './data'
import type { SectionCollection } from './sections'

/** Both languages' caption files of a captioned document (the field is localized). */
export async function captionsOf(
  collection: 'tv-spots' | 'episodes',
  slug: string,
  locale: Locale,
  current: Media | number | null | undefined,
): Promise<Partial<Record<Locale, Media | number | null | undefined>>> {
  const other: Locale = locale === 'lo' ? 'en' : 'lo'
  const otherDoc = await findBySlug(collection, slug, other, 1)
  return { [locale]: current, [other]: otherDoc?.captions }
}

/** A short description for link previews: the excerpt or summary, else nothing. */
export function describe(
  collection: SectionCollection,
  doc: Record<string, unknown>,
): string | undefined {
  const text = doc.excerpt ?? doc.summary ?? doc.body
  return typeof text === 'string' ? text : undefined
}
