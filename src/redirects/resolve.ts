/**
 * Where an address no page answers has gone: a staff redirect (src/collections/Redirects), or a
 * published document's page under an old slug (src/collections/PublishedSlugs), its drama's old
 * slug included for an episode. Called by the public route inside a page's render
 * (src/site/render/answer.tsx), so every read is recorded with its cache tags and the answer is
 * kept, and expired, like a page.
 *
 * - A live page always wins: this is asked only when none answers.
 * - Chains are collapsed: an old slug goes straight to the page's address now, and a staff
 *   redirect to a path that has itself moved goes straight to where it leads.
 * - Never to a draft: documents are read as a visitor, so an unpublished one is a 404.
 */
import type { Locale } from '@/lib/locales'
import { parseLocaleSegment } from '@/lib/locales'
import { decodedSegment } from '@/lib/urls'
import type { Drama } from '@/payload-types'
import { findBySlug, payloadClient } from '@/site/data'
import { readInScope, recordTags } from '@/site/render/scope'
import { hrefOf, isSection, sections, type SectionCollection } from '@/site/sections'
import { readTags, tags } from '@/site/tags'
import { normalizedPath } from './paths'

export type Moved = { location: string; status: 301 | 302 }

type PageCollection = SectionCollection | 'episodes'

/** Straight from the database, once per render, under `tagList`. */
const once = <T>(key: string, tagList: string[], read: () => Promise<T>) =>
  readInScope(key, tagList, read, read)

/** The staff redirect at a path. Read past access: only its destination leaves the server. */
const staffRedirectAt = (path: string) =>
  once(`redirect ${path}`, [tags.redirects], async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'redirects',
      where: { from: { equals: path } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    return docs[0] ?? null
  })

/** The id of the document last published under a slug, if any. */
const lastOwnerOf = (collection: PageCollection, slug: string) =>
  once(`slug-owner ${collection} ${slug}`, [tags.doc(collection, slug)], async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'published-slugs',
      where: { key: { equals: `${collection}:${slug}` } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    return docs[0]?.document ?? null
  })

/**
 * A published document by id, as a visitor sees it (an episode with its published drama), and
 * the tags of its page now: a change to it expires the redirect that leads there.
 */
async function publishedById(collection: PageCollection, id: string | number, locale: Locale) {
  const doc = await once(`by-id ${collection} ${id} ${locale}`, [tags.related], async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection,
      where: { id: { equals: id } },
      locale,
      fallbackLocale: 'lo',
      limit: 1,
      depth: 1,
      overrideAccess: false,
      draft: false,
    })
    return docs[0] ?? null
  })
  if (!doc?.slug) return null
  recordTags(readTags(collection, doc.slug))
  if (collection !== 'episodes') return doc
  const drama = (doc as { drama?: Drama | number | null }).drama
  if (!drama || typeof drama !== 'object' || !drama.slug) return null
  recordTags([tags.doc('dramas', drama.slug)])
  return doc
}

/** The page a document has now, as a visitor may reach it. */
async function pageOf(collection: PageCollection, id: string | number, locale: Locale) {
  const doc = await publishedById(collection, id, locale)
  return doc ? hrefOf(collection, doc as never, locale) : null
}

/** /{locale}/{section}/{old slug} and /{locale}/dramas/{old drama slug}/{old episode slug}. */
async function formerPage(locale: Locale, parts: string[]): Promise<string | null> {
  const [section, slug, episodeSlug] = parts
  if (!isSection(section) || !slug || parts.length > 3) return null
  if (parts.length === 2) {
    const { collection } = sections[section]
    const owner = await lastOwnerOf(collection, slug)
    return owner === null ? null : pageOf(collection, owner, locale)
  }
  if (section !== 'dramas' || !episodeSlug) return null
  const live = await findBySlug('episodes', episodeSlug, locale)
  const owner = live ? live.id : await lastOwnerOf('episodes', episodeSlug)
  if (owner === null) return null
  const episode = await publishedById('episodes', owner, locale)
  const drama = episode && ((episode as { drama?: Drama }).drama as Drama)
  if (!episode || !drama) return null
  // The drama part must be the drama's slug now or one it was published under.
  if (drama.slug !== slug && String(await lastOwnerOf('dramas', slug)) !== String(drama.id))
    return null
  return hrefOf('episodes', episode as never, locale)
}

/** Whether a path is a published document's page now: a staff redirect never hides one. */
async function isLiveDetail(locale: Locale, parts: string[]): Promise<boolean> {
  const [section, slug, episodeSlug] = parts
  if (!isSection(section) || !slug) return false
  if (parts.length === 2)
    return Boolean(await findBySlug(sections[section].collection, slug, locale))
  const episode = parts.length === 3 && (await findBySlug('episodes', episodeSlug, locale))
  return Boolean(episode && (episode.drama as Drama | null)?.slug === slug)
}

/** An address as its locale and decoded segments after it (null locale: not a locale path). */
function partsOf(pathname: string): { locale: Locale | null; parts: string[] } | null {
  const segments = pathname.split('/').slice(1).filter(Boolean).map(decodedSegment)
  if (segments.some((s) => s === null)) return null
  const [first, ...parts] = segments as string[]
  const parsed = first ? parseLocaleSegment(first) : null
  return { locale: parsed && !parsed.lite ? parsed.locale : null, parts }
}

/** One step: where a path that no page answers leads, or null. */
async function step(pathname: string): Promise<Moved | null> {
  const where = partsOf(pathname)
  if (!where) return null
  const staff = await staffRedirectAt(normalizedPath(pathname))
  if (staff) {
    const status = staff.status === '301' ? 301 : 302
    const target = staff.toDocument
    if (target && typeof target === 'object') {
      const id = typeof target.value === 'object' ? target.value.id : target.value
      const location = await pageOf(target.relationTo, id, where.locale ?? 'lo')
      return location ? { location, status } : null
    }
    return staff.toPath ? { location: encodedPath(staff.toPath), status } : null
  }
  if (!where.locale) return null
  const location = await formerPage(where.locale, where.parts)
  return location ? { location, status: 301 } : null
}

const MAX_STEPS = 4

/** A path on this site as a Location header carries it: %-escaped, query and fragment kept. */
function encodedPath(path: string): string {
  const url = new URL(path, 'http://site.invalid')
  return url.pathname + url.search + url.hash
}

/**
 * Where an address that no page answers should send the visitor, with a redirect's status; null
 * for a 404. A staff redirect to a path that has moved too is followed, up to a few steps, so the
 * visitor makes one round trip; a longer chain stops at the last step found, and a loop is a 404.
 */
export async function redirectFor(pathname: string): Promise<Moved | null> {
  let moved = await step(pathname)
  const seen = new Set([normalizedPath(pathname)])
  for (let i = 1; moved && i < MAX_STEPS; i++) {
    const target = new URL(moved.location, 'http://site.invalid')
    // A loop of redirects leads nowhere: a 404, not a browser sent round in circles.
    if (seen.has(normalizedPath(target.pathname))) return null
    seen.add(normalizedPath(target.pathname))
    const where = partsOf(target.pathname)
    if (where?.locale && (await isLiveDetail(where.locale, where.parts))) break
    const next = await step(target.pathname)
    if (!next) break
    const suffix = next.location.includes('?') ? '' : target.search + target.hash
    // A chain is as permanent as its weakest step.
    moved = { location: next.location + suffix, status: moved.status === 301 ? next.status : 302 }
  }
  return moved
}
