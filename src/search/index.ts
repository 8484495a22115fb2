/**
 * The search index: in memory in the server process, built from published documents read as a
 * visitor through Payload's Local API (so SQLite and MongoDB behave the same, and drafts never
 * get in), and kept in step by the same signals that expire the page cache
 * (src/site/freshness.ts): a write anywhere names the documents it touched, and the index reads
 * them again. It is rebuilt in full at start and every REBUILD_MINUTES as a safety net.
 *
 * Why memory and not a table: queries must take milliseconds over tens of thousands of
 * documents in two languages, with scoring; a compact inverted index (./inverted.ts) does that,
 * and rebuilding it takes seconds. See docs/features.md, "Search".
 */
import type { Payload } from 'payload'
import { plainText } from '@/lib/richText'
import { contentSlugs } from '@/lib/slugs'
import { locales, type Locale } from '@/lib/locales'
import { hrefOf } from '@/site/sections'
import { InvertedIndex } from './inverted'
import { cutAtWord, isLao, queryReadings, terms, type QueryWord } from './text'
import { topK } from '@/lib/topK'

/** Every public content type is searched. */
export const searchCollections = contentSlugs
export type SearchCollection = (typeof searchCollections)[number]

const TEXT_FIELDS = ['summary', 'excerpt', 'synopsis', 'lyrics', 'script', 'transcript', 'body']
const REBUILD_MINUTES = 15

const FIELDS = [
  'titleWords',
  'titleSkeletons',
  'titleGrams',
  'bodyWords',
  'bodySkeletons',
  'bodyGrams',
] as const
type Field = (typeof FIELDS)[number]

/** What a result shows. */
export type Stored = {
  collection: SearchCollection
  locale: Locale
  slug: string
  title: string
  url: string
  publishedAt: number
  /** The start of the text, shown under the title in results. */
  excerpt: string
}

export type Entry = { id: string; stored: Stored; terms: Record<Field, string[]> }

/** Whole words beat tone-free matches, which beat trigrams; the title beats the body. */
export const BOOST: Record<Field, number> = {
  titleWords: 8,
  titleSkeletons: 4,
  titleGrams: 1.5,
  bodyWords: 2,
  bodySkeletons: 1,
  bodyGrams: 0.3,
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? plainText(value) : ''

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
    stored: {
      collection,
      locale,
      slug: String(doc.slug ?? ''),
      title,
      url: hrefOf(collection, doc as Parameters<typeof hrefOf>[1], locale),
      publishedAt: Date.parse(String(doc.publishedAt ?? doc.createdAt ?? '')) || 0,
      excerpt: cutAtWord(body.replace(/\s+/g, ' ').trim(), 240),
    },
    terms: {
      titleWords: t.words,
      titleSkeletons: t.skeletons,
      titleGrams: t.grams,
      bodyWords: b.words,
      bodySkeletons: b.skeletons,
      bodyGrams: b.grams,
    },
  }
}

/** English words (not numbers) of four letters or more can be typed in part: "traff". */
const prefixable = (term: string) => term.length >= 4 && !isLao(term) && !/^\d/.test(term)
const emptyIndex = () => new InvertedIndex<Field, Stored>(FIELDS, prefixable)

async function readPublished(
  payload: Payload,
  collection: SearchCollection,
  locale: Locale,
  where?: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  // Page by id, not by page number: an offset makes the database build and throw away every
  // earlier row, so reading 10,000 songs 200 at a time took minutes and held the database (and
  // with it every visitor) the whole while. `npm run bench rest-list` fills 10,000.
  const PAGE = 100
  const out: Record<string, unknown>[] = []
  let after: number | string | undefined
  for (;;) {
    const res = await payload.find({
      collection,
      locale,
      fallbackLocale: 'lo',
      where: {
        and: [
          ...(where ? [where] : []),
          ...(after === undefined ? [] : [{ id: { greater_than: after } }]),
        ],
      } as never,
      sort: 'id',
      depth: 1,
      limit: PAGE,
      pagination: false,
      overrideAccess: false,
      draft: false,
    })
    const docs = res.docs as unknown as Record<string, unknown>[]
    out.push(...docs)
    if (docs.length < PAGE) return out
    after = docs.at(-1)!.id as number | string
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
}

/**
 * Whether a document that matched `matched` (the query's terms it contains) has this query word:
 * the word itself, its tone-free skeleton, or most of its trigrams (a typo).
 */
function matches(w: QueryWord, matched: (term: string) => boolean): boolean {
  if (matched(w.word) || (w.skeleton && matched(w.skeleton))) return true
  if (!w.grams.length) return false
  return w.grams.filter(matched).length / w.grams.length >= 0.6
}

type Indexes = Record<Locale, InvertedIndex<Field, Stored>>
const emptyIndexes = (): Indexes =>
  Object.fromEntries(locales.map((l) => [l, emptyIndex()])) as Indexes

export class SearchIndex {
  /** One index per language: a query in one language never scores the other's documents. */
  private indexes = emptyIndexes()
  private built: Promise<void> | null = null
  private builtAt = 0

  constructor(private payload: Payload) {}

  /** Reads every published document in both languages into fresh indexes, then swaps them in. */
  async rebuild(onProgress?: (done: number, collection: string) => void): Promise<number> {
    const next = emptyIndexes()
    const bySlug = new Map<string, string>()
    let count = 0
    for (const collection of searchCollections)
      for (const locale of locales) {
        const docs = await readPublished(this.payload, collection, locale)
        for (const doc of docs) this.put(entryOf(collection, doc, locale), next, bySlug)
        count += docs.length
        onProgress?.(count, `${collection} (${locale})`)
      }
    this.indexes = next
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
      if (old) this.indexes[locale].remove(old)
      this.bySlug.delete(key)
      const docs = await readPublished(this.payload, collection, locale, { slug: { equals: slug } })
      for (const doc of docs) this.put(entryOf(collection, doc, locale))
    }
  }

  /** Entry ids by collection, slug and locale: a slug change or unpublish removes the old one. */
  private bySlug = new Map<string, string>()

  private put(entry: Entry, into = this.indexes, bySlug = this.bySlug): void {
    into[entry.stored.locale].add(entry.id, entry.stored, entry.terms)
    const { collection, slug, locale } = entry.stored
    bySlug.set(`${collection}:${slug}:${locale}`, entry.id)
  }

  /**
   * Whole words and tone-free skeletons match as typed. A Lao word the index has never seen,
   * neither as typed nor without its tone marks, is read as a typo and looked for by its
   * trigrams. So a real word answers from its own postings alone, however common it is.
   * A document must match every word of one reading of the query.
   */
  search(
    query: string,
    { locale, type, limit }: { locale?: Locale; type?: SearchCollection; limit: number },
  ): { hits: Hit[]; total: number } {
    const indexes = (locale ? [locale] : locales).map((l) => this.indexes[l])
    const known = (word: string) => indexes.some((i) => i.knows(word))
    const q = terms(query)
    const readings = queryReadings(query, known)
    // Words a reading found in Lao typed without spaces are searched for too.
    const cut = readings.flat().filter((w) => !q.words.includes(w.word))
    q.words.push(...cut.map((w) => w.word))
    q.skeletons.push(...cut.flatMap((w) => (w.skeleton ? [w.skeleton] : [])))
    const unknown = (w: QueryWord) =>
      !known(w.word) && (w.skeleton === undefined || !known(w.skeleton))
    const grams = [
      ...new Set(
        readings
          .flat()
          .filter(unknown)
          .flatMap((w) => w.grams),
      ),
    ]
    const clauses = [
      {
        terms: q.words,
        fields: ['titleWords', 'bodyWords'] as const,
        prefix: prefixable,
      },
      { terms: q.skeletons, fields: ['titleSkeletons', 'bodySkeletons'] as const },
      { terms: grams, fields: ['titleGrams', 'bodyGrams'] as const },
    ].filter((c) => c.terms.length)
    if (!clauses.length) return { hits: [], total: 0 }
    const keep = (s: Stored) => !type || s.collection === type
    const results = indexes.flatMap((index) => {
      const { results, matched } = index.search(clauses, BOOST, keep)
      return results.filter(({ slot }) => {
        const has = (term: string) => matched(slot, term)
        return readings.some((words) => words.every((w) => matches(w, has)))
      })
    })
    const best = topK(
      results,
      limit,
      (a, b) => b.score - a.score || b.stored.publishedAt - a.stored.publishedAt,
    )
    return {
      total: results.length,
      hits: best.map(({ stored, score }) => ({
        type: stored.collection,
        slug: stored.slug,
        title: stored.title,
        url: stored.url,
        locale: stored.locale,
        excerpt: stored.excerpt,
        score: Math.round(score * 1000) / 1000,
      })),
    }
  }
}
