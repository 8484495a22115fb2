/** @jsxImportSource preact */
import { Cards } from '@/components/Cards'
import { FeedLink, FilterForm, Pager } from '@/components/ListControls'
import { listPublished, taxonomies, type Filters } from '@/site/data'
import { feedPath, isSectionFeed } from '@/site/feeds'
import { pageMetadata } from '@/site/metadata'
import { alternateOf, type PageMaker } from '@/site/render/page'
import { isSection, pathOf, sections } from '@/site/sections'
import { siteStrings } from '@/site/strings'

/** The parameters a list reads; any other in its address is ignored. */
export const LIST_PARAMS = ['topic', 'audience', 'province', 'page'] as const

/** /{locale}/{section}?topic=…&audience=…&province=…&page=…: one section, newest first. */
export const listPage: PageMaker = async ({ locale, parts, query }) => {
  const [section] = parts
  if (parts.length !== 1 || !isSection(section)) return null
  const page = Math.max(1, Number.parseInt(query.get('page') ?? '1', 10) || 1)
  const filters: Filters = {
    topic: query.get('topic') || undefined,
    audience: query.get('audience') || undefined,
    province: query.get('province') || undefined,
  }
  const { collection, label } = sections[section]
  const [result, { topics, provinces }] = await Promise.all([
    listPublished(collection, locale, { page, filters }),
    taxonomies(locale),
  ])
  const path = pathOf(locale, section)
  const href = (n: number) => {
    const params = new URLSearchParams(
      Object.entries({ ...filters, page: String(n) }).filter(([, v]) => v) as [string, string][],
    )
    return `${path}?${params}`
  }
  // Songs and radio spots are also podcasts.
  const feed = isSectionFeed(section) ? feedPath(locale, section) : undefined
  const s = siteStrings(locale)
  return {
    head: pageMetadata({ locale, path, title: label[locale], feed }),
    current: section,
    alternate: alternateOf(locale, path),
    body: (
      <>
        <h1>{label[locale]}</h1>
        <FilterForm
          locale={locale}
          filters={filters}
          action={path}
          topics={topics}
          provinces={provinces}
        />
        {result.docs.length ? (
          <Cards collection={collection} docs={result.docs} locale={locale} />
        ) : (
          <p>{s.noResults}</p>
        )}
        <Pager locale={locale} page={result.page ?? 1} totalPages={result.totalPages} href={href} />
        {feed && <FeedLink href={feed} locale={locale} />}
      </>
    ),
  }
}
