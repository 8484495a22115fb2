import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Cards } from '@/components/Cards'
import { FilterForm, Pager } from '@/components/ListControls'
import { Shell } from '@/components/Shell'
import { pageLocale } from '@/site/saveData'
import { listPublished, type Filters } from '@/site/data'
import { pageMetadata, localePaths } from '@/site/metadata'
import { isSection, pathOf, sections } from '@/site/sections'
import { t } from '@/site/strings'

/** The safety net behind tag expiry: REVALIDATE_SECONDS in src/site/data.ts. */
export const revalidate = 30

type Props = {
  params: Promise<{ locale: string; section: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** Songs and radio spots are also podcasts. */
const feedOf = (section: string, locale: string) =>
  section === 'songs' || section === 'radio' ? `/feeds/${locale}/${section}.xml` : undefined

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, section } = await params
  const locale = pageLocale(segment)
  if (!locale || !isSection(section)) return {}
  return pageMetadata({
    locale,
    path: pathOf(locale, section),
    title: sections[section].label[locale],
    feed: feedOf(section, locale),
  })
}

export default async function SectionList({ params, searchParams }: Props) {
  const { locale: segment, section } = await params
  const locale = pageLocale(segment)
  if (!locale || !isSection(section)) notFound()
  const query = await searchParams
  const page = Math.max(1, Number.parseInt(one(query.page) ?? '1', 10) || 1)
  const filters: Filters = {
    topic: one(query.topic),
    audience: one(query.audience),
    province: one(query.province),
  }
  const { collection, label } = sections[section]
  const result = await listPublished(collection, locale, { page, filters })
  const path = pathOf(locale, section)
  const href = (n: number) => {
    const params = new URLSearchParams(
      Object.entries({ ...filters, page: String(n) }).filter(([, v]) => v) as [string, string][],
    )
    return `${path}?${params}`
  }
  return (
    <Shell
      locale={locale}
      current={section}
      alternate={localePaths(path)[locale === 'lo' ? 'en' : 'lo']}
    >
      <h1>{label[locale]}</h1>
      <FilterForm locale={locale} filters={filters} action={path} />
      {result.docs.length ? (
        <Cards collection={collection} docs={result.docs} locale={locale} />
      ) : (
        <p>{t(locale).noResults}</p>
      )}
      <Pager locale={locale} page={result.page ?? 1} totalPages={result.totalPages} href={href} />
      {feedOf(section, locale) && (
        <p>
          <a href={feedOf(section, locale)} type="application/rss+xml">
            {t(locale).podcastFeed}
          </a>
        </p>
      )}
    </Shell>
  )
}
