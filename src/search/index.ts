/**
 * The search index: in memory in the server process, built from published documents read as a
 * visitor through Payload's Local API (so SQLite and MongoDB behave the same, and drafts never
 * get in), and kept in step by the same signals that expire the page cache
 * (src/site/freshness.ts): a write anywhere names the documents it touched, and the index reads
 * them again. It is rebuilt in full at start and every REBUILD_MINUTES as a safety net.
 *
 * Why memory and not a table: queries must take milliseconds over tens of thousands of
 * documents in two languages, with scoring; MiniSearch does that from a compact inverted index,
 * and rebuilding it takes seconds. See README "Search".
 */
import MiniSearch, { type SearchResult } from 'minisearch'
import type { Payload } from 'payload'
import { plainText } from '@/lib/richText'
import { contentSlugs } from '@/collections/slugs'
import { locales, type Locale } from '@/lib/locales'
import { queryReadings, terms, type QueryWord } from './text'

/** Every public content type is searched. */
export const searchCollections = contentSlugs
export type SearchCollection = (typeof searchCollections)[number]

const TEXT_FIELDS = ['summary', 'excerpt', 'synopsis', 'lyrics', 'script', 'transcript', 'body']
const REBUILD_MINUTES = 15

export type Entry = {
  id: string
  collection: SearchCollection
  docId: string | number
  locale: Locale
  slug: string
  title: string
  url: string
  publishedAt: number
  body: string
  /** The start of the text, shown under the title in results. */
  excerpt: string
  titleWords: string
  titleSkeletons: string
  titleGrams: string
  bodyWords: string
  bodySkeletons: string
  bodyGrams: string
}

const FIELDS = [
  'titleWords',
  'titleSkeletons',
  'titleGrams',
  'bodyWords',
  'bodySkeletons',
  'bodyGrams',
] as const

/** Whole words beat tone-free matches, which beat trigrams; the title beats the body. */
export const BOOST: Record<(typeof FIELDS)[number], number> = {
  titleWords: 8,
  titleSkeletons: 4,
  titleGrams: 1.5,
  bodyWords: 2,
  bodySkeletons: 1,
  bodyGrams: 0.3,
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? plainText(value) : ''

/** Where a document's page is, site-relative: /lo/songs/x, /lo/dramas/x/x-1. */
export function urlOf(collection: SearchCollection, doc: Record<string, unknown>, locale: Locale) {
  const section: Record<SearchCollection, string> = {
    songs: 'songs',
    dramas: 'dramas',
    episodes: 'dramas',
    'radio-spots': 'radio',
    'tv-spots': 'tv',
    'social-posts': 'social',
    news: 'news',
    campaigns: 'campaigns',
  }
  const slug = encodeURIComponent(String(doc.slug ?? ''))
  if (collection === 'episodes') {
    const drama = doc.drama as { slug?: string } | null
    return `/${locale}/dramas/${encodeURIComponent(drama?.slug ?? '')}/${slug}`
  }
  return `/${locale}/${section[collection]}/${slug}`
}

export function entryOf(
  collection: SearchCollection,
  doc: Record<string, unknown>,
  locale: Locale,
): Entry {
  const title = text(doc.title)
  const body = TEXT_FIELDS.map((f) => text(doc[f]))
    .filter(Boolean)
    .join('\n')
  const t = terms(title)
  const b = terms(body)
  return {
    id: `${collection}:${doc.id}:${locale}`,
    collection,
    docId: doc.id as string | number,
    locale,
    slug: String(doc.slug ?? ''),
    title,
    url: urlOf(collection, doc, locale),
    publishedAt: Date.parse(String(doc.publishedAt ?? doc.createdAt ?? '')) || 0,
    body,
    excerpt: body.replace(/\s+/g, ' ').trim().slice(0, 240),
    titleWords: t.words.join(' '),
    titleSkeletons: t.skeletons.join(' '),
    titleGrams: t.grams.join(' '),
    bodyWords: b.words.join(' '),
    bodySkeletons: b.skeletons.join(' '),
    bodyGrams: b.grams.join(' '),
  }
}

function emptyIndex(): MiniSearch<Entry> {
  return new MiniSearch<Entry>({
    fields: [...FIELDS],
    storeFields: ['collection', 'locale', 'slug', 'title', 'url', 'publishedAt', 'excerpt'],
    // The fields hold terms already made by the pipeline (src/search/text.ts).
    tokenize: (s) => s.split(' ').filter(Boolean),
    processTerm: (term) => term,
  })
}

async function readPublished(
  payload: Payload,
  collection: SearchCollection,
  locale: Locale,
  where?: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = []
  for (let page = 1; ; page++) {
    const res = await payload.find({
      collection,
      locale,
      fallbackLocale: 'lo',
      where: where as never,
      depth: 1,
      limit: 200,
      page,
      overrideAccess: false,
      draft: false,
    })
    out.push(...(res.docs as unknown as Record<string, unknown>[]))
    if (!res.hasNextPage) return out
  }
}

export type Hit = {
  type: SearchCollection
  slug: string
  title: string
  url: string
  score: number
  locale: Locale
  excerpt: string
  terms: string[]
}

/**
 * Whether a document that matched `matched` (the query's terms it contains) has this query word:
 * the word itself, its tone-free skeleton, or most of its trigrams (a typo).
 */
function matches(w: QueryWord, matched: Set<string>): boolean {
  if (matched.has(w.word) || (w.skeleton && matched.has(w.skeleton))) return true
  if (!w.grams.length) return false
  return w.grams.filter((g) => matched.has(g)).length / w.grams.length >= 0.6
}

export class SearchIndex {
  private index = emptyIndex()
  private built: Promise<void> | null = null
  private builtAt = 0

  constructor(private payload: Payload) {}

  /** Reads every published document in both languages into a fresh index, then swaps it in. */
  async rebuild(onProgress?: (done: number, collection: string) => void): Promise<number> {
    const next = emptyIndex()
    const bySlug = new Map<string, string>()
    let count = 0
    for (const collection of searchCollections)
      for (const locale of locales) {
        const docs = await readPublished(this.payload, collection, locale)
        for (const doc of docs) this.put(entryOf(collection, doc, locale), next, bySlug)
        count += docs.length
        onProgress?.(count, `${collection} (${locale})`)
      }
    this.index = next
    this.bySlug = bySlug
    this.built ??= Promise.resolve()
    this.builtAt = Date.now()
    return count
  }

  /** Built at first use, and again when older than REBUILD_MINUTES (in the background). */
  async ready(): Promise<void> {
    if (!this.built) this.built = this.rebuild().then(() => undefined)
    await this.built
    if (Date.now() - this.builtAt > REBUILD_MINUTES * 60_000) {
      this.builtAt = Date.now()
      void this.rebuild().catch((err) =>
        this.payload.logger.error({ err, msg: '[search] rebuild failed' }),
      )
    }
  }

  /** Reads one document again by slug, in both languages: indexed if published, else removed. */
  async refresh(collection: SearchCollection, slug: string): Promise<void> {
    if (!this.built) return // not built yet: the first build reads it anyway
    await this.built
    for (const locale of locales) {
      const key = `${collection}:${slug}:${locale}`
      const old = this.bySlug.get(key)
      if (old && this.index.has(old)) this.index.discard(old)
      this.bySlug.delete(key)
      const docs = await readPublished(this.payload, collection, locale, { slug: { equals: slug } })
      for (const doc of docs) this.put(entryOf(collection, doc, locale))
    }
  }

  /** Entry ids by collection, slug and locale: a slug change or unpublish removes the old one. */
  private bySlug = new Map<string, string>()

  private put(entry: Entry, into = this.index, bySlug = this.bySlug): void {
    if (into.has(entry.id)) into.replace(entry)
    else into.add(entry)
    bySlug.set(`${entry.collection}:${entry.slug}:${entry.locale}`, entry.id)
  }

  search(
    query: string,
    { locale, type, limit }: { locale?: Locale; type?: SearchCollection; limit: number },
  ): { hits: Hit[]; total: number } {
    const q = terms(query)
    const filter = (r: SearchResult) =>
      (!locale || r.locale === locale) && (!type || r.collection === type)
    const queries = [
      q.words.length && {
        queries: q.words,
        fields: ['titleWords', 'bodyWords'],
        prefix: (t: string) => !/[\u0E80-\u0EFF]/.test(t) && t.length > 3,
      },
      q.skeletons.length && { queries: q.skeletons, fields: ['titleSkeletons', 'bodySkeletons'] },
      q.grams.length && { queries: q.grams, fields: ['titleGrams', 'bodyGrams'] },
    ].filter(Boolean) as object[]
    if (!queries.length) return { hits: [], total: 0 }
    const readings = queryReadings(query)
    const results = this.index
      .search({ combineWith: 'OR', queries } as never, { boost: BOOST, filter })
      .filter((r) =>
        readings.some((words) => words.every((w) => matches(w, new Set(r.queryTerms)))),
      )
      .sort((a, b) => b.score - a.score || (b.publishedAt as number) - (a.publishedAt as number))
    return {
      total: results.length,
      hits: results.slice(0, limit).map((r) => ({
        type: r.collection as SearchCollection,
        slug: r.slug as string,
        title: r.title as string,
        url: r.url as string,
        locale: r.locale as Locale,
        excerpt: r.excerpt as string,
        score: Math.round(r.score * 1000) / 1000,
        terms: r.terms,
      })),
    }
  }
}
