/** @jsxImportSource preact */
import type { Locale } from '@/lib/locales'
import { audiences } from '@/lib/audiences'
import type { Filters } from '@/site/data'
import type { Province, Topic } from '@/payload-types'
import { siteStrings } from '@/site/strings'

/** Topic, audience and province filters: a plain GET form, no script needed. */
export function FilterForm({
  locale,
  filters,
  action,
  topics,
  provinces,
}: {
  locale: Locale
  filters: Filters
  action: string
  topics: Topic[]
  provinces: Province[]
}) {
  const s = siteStrings(locale)
  const select = (
    name: keyof Filters,
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <label>
      {label}
      <select name={name} defaultValue={filters[name] ?? ''}>
        <option value="">{s.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <form className="filters" method="get" action={action} aria-label={s.filters}>
      {select(
        'topic',
        s.topic,
        topics.map((x) => ({ value: x.slug ?? '', label: x.title })),
      )}
      {select(
        'audience',
        s.audience,
        audiences.map((a) => ({ value: a.value, label: a.label[locale] })),
      )}
      {select(
        'province',
        s.province,
        provinces.map((p) => ({ value: p.code, label: p.title })),
      )}
      <button type="submit">{s.apply}</button>
    </form>
  )
}

export function Pager({
  locale,
  page,
  totalPages,
  href,
}: {
  locale: Locale
  page: number
  totalPages: number
  href: (page: number) => string
}) {
  if (totalPages <= 1) return null
  const s = siteStrings(locale)
  return (
    <nav className="pager" aria-label={s.page(page, totalPages)}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {s.previous}
        </a>
      ) : (
        <span />
      )}
      <span>{s.page(page, totalPages)}</span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next">
          {s.next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}

/** The link to subscribe to a page's podcast feed. */
export function FeedLink({ href, locale }: { href: string; locale: Locale }) {
  return (
    <p>
      <a href={href} type="application/rss+xml">
        {siteStrings(locale).podcastFeed}
      </a>
    </p>
  )
}
