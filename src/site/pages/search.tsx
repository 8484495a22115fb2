/** @jsxImportSource preact */
import { glossary } from '@/i18n/glossary'
import type { ComponentChildren } from 'preact'
import { searchCollections, type SearchCollection } from '@/search/index'
import { searchIndex } from '@/search/instance'
import { anySpelling, terms } from '@/search/text'
import { payloadClient } from '@/site/data'
import { pageMetadata } from '@/site/metadata'
import { alternateOf, pageAt, type PageMaker } from '@/site/render/page'
import { pathOf, sectionOf, sections } from '@/site/sections'
import { siteStrings } from '@/site/strings'

/** The stored text, as its author spelled it, with the query's words marked. */
function Highlight({ text, words }: { text: string; words: string[] }) {
  if (!words.length) return <>{text}</>
  // Runs of matched words as one mark: Lao words sit side by side, with no space.
  const pattern = new RegExp(`((?:${words.map(anySpelling).join('|')})+)`, 'giu')
  const parts = text.split(pattern)
  return (
    <>{parts.map((part, i): ComponentChildren => (i % 2 ? <mark key={i}>{part}</mark> : part))}</>
  )
}

const episodeLabel = glossary.episode

/**
 * /{locale}/search?q=…&type=…: results ranked by src/search, the matched words marked. Made for
 * each query, never kept; the page without a query is cached like any other.
 */
export const searchPage: PageMaker = pageAt(['search'], async ({ locale, query }) => {
  const s = siteStrings(locale)
  const q = [...(query.get('q') ?? '').trim()].slice(0, 200).join('')
  const typeParam = query.get('type') ?? ''
  const type = (searchCollections as readonly string[]).includes(typeParam)
    ? (typeParam as SearchCollection)
    : undefined
  const index = searchIndex(await payloadClient())
  let results: ReturnType<typeof index.search> = { hits: [], total: 0 }
  if (q) {
    await index.ready()
    results = index.search(q, { locale, type, limit: 30 })
  }
  const words = [...new Set(terms(q).words.filter((w) => [...w].length >= 2))].sort(
    (a, b) => b.length - a.length,
  )
  const label = (c: SearchCollection) => {
    const section = sectionOf(c)
    return c === 'episodes' ? episodeLabel[locale] : section ? sections[section].label[locale] : c
  }
  const path = pathOf(locale, 'search')
  return {
    head: pageMetadata({ locale, path, title: s.search, noindex: true }),
    alternate: `${alternateOf(locale, path)}${q ? `?q=${encodeURIComponent(q)}` : ''}`,
    cacheable: !q && !typeParam,
    // What someone searched for is theirs: no cache on the way or on the phone keeps it.
    headers: q ? { 'Cache-Control': 'private, no-store' } : undefined,
    body: (
      <div className="search-page">
        <h1>{s.search}</h1>
        <form role="search" action={path} className="site-search">
          <label htmlFor="search-q" className="visually-hidden">
            {s.search}
          </label>
          <input id="search-q" type="search" name="q" defaultValue={q} />
          <label htmlFor="search-type" className="visually-hidden">
            {s.filters}
          </label>
          <select id="search-type" name="type" defaultValue={type ?? ''}>
            <option value="">{s.allTypes}</option>
            {searchCollections.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))}
          </select>
          <button type="submit">{s.search}</button>
        </form>
        {q && (
          <p role="status">
            {results.total ? s.searchResults(results.total, q) : s.searchNothing(q)}
          </p>
        )}
        {results.hits.length > 0 && (
          <ol className="search-results">
            {results.hits.map((hit) => (
              <li key={`${hit.type}:${hit.slug}`}>
                <span className="kind">{label(hit.type)}</span>
                <br />
                <a href={hit.url}>
                  <Highlight text={hit.title} words={words} />
                </a>
                {hit.excerpt && (
                  <p>
                    <Highlight text={hit.excerpt} words={words} />
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    ),
  }
})
