import { cache } from 'react'
import { parseLocaleSegment, type Locale } from '@/lib/locales'

/**
 * Visitors who save data (`Save-Data: on`, sent by data-saver modes on phones) get a lighter
 * variant of every page. Pages are cached, so the variant cannot be decided by reading the
 * request inside the page: src/proxy.ts rewrites such requests to `/{locale}-lite/…` (LITE_SUFFIX), a cache
 * entry of its own, and the page reads the variant from its locale segment. The address bar and
 * every link keep the plain `/{locale}/…`.
 */
const variant = cache(() => ({ lite: false }))

/**
 * The locale of a `[locale]` segment (`lo`, `en`, `lo-lite`, `en-lite`), or null for anything
 * else. Remembers for this render whether it is the data-saving variant.
 */
export function pageLocale(segment: string): Locale | null {
  const parsed = parseLocaleSegment(segment)
  if (parsed?.lite) variant().lite = true
  return parsed?.locale ?? null
}

/** Whether this render is the data-saving variant (set by pageLocale). */
export function savesData(): boolean {
  return variant().lite
}

const smaller = { hero: 'card', card: 'thumbnail', thumbnail: 'thumbnail' } as const

/** The picture size to send: one step smaller for a visitor who saves data. */
export function sizeFor<S extends keyof typeof smaller>(
  size: S,
  lite: boolean,
): (typeof smaller)[keyof typeof smaller] | S {
  return lite ? smaller[size] : size
}
