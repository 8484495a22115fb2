import type { Locale } from '@/lib/locales'
import type { Media } from '@/payload-types'
import { findBySlug } from './data'

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
