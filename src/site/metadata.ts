import { locales, type Locale } from '@/lib/locales'
import type { Media } from '@/payload-types'
import { siteStrings } from './strings'
import { absoluteUrl } from './urls'

/** `/lo/songs/x` → the same page in each language. */
export function localePaths(path: string): Record<Locale, string> {
  const rest = path.replace(/^\/(lo|en)(?=\/|$)/, '')
  return Object.fromEntries(locales.map((l) => [l, `/${l}${rest}`])) as Record<Locale, string>
}

/** What a page's <head> says about it (src/site/render/Document.tsx). Every URL is absolute. */
export type PageHead = {
  locale: Locale
  title: string
  description: string
  canonical: string
  /** hreflang → address, x-default included. */
  languages: [string, string][]
  /** Alternate forms of the page: its podcast feed, its oEmbed answers. */
  alternates: { type: string; href: string }[]
  image: string
  /** What the picture shows, for those who cannot see it. */
  imageAlt: string
  noindex: boolean
}

/** oEmbed discovery (https://oembed.com/#section4): the provider's address for this page. */
function oembedLinks(path: string): PageHead['alternates'] {
  const url = encodeURIComponent(absoluteUrl(path)!)
  return [
    { type: 'application/json+oembed', href: absoluteUrl(`/api/oembed?url=${url}&format=json`)! },
    { type: 'text/xml+oembed', href: absoluteUrl(`/api/oembed?url=${url}&format=xml`)! },
  ]
}

/** Title, description, canonical and language alternates, and the link-preview card. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  image,
  feed,
  oembed = false,
  noindex = false,
}: {
  locale: Locale
  path: string
  /** A detail page: announce the oEmbed provider for it (discovery). */
  oembed?: boolean
  /** A podcast feed for this page, announced to feed readers. */
  feed?: string
  title?: string
  description?: string | null
  image?: Media | number | null
  /** Kept out of search engines (the search page). */
  noindex?: boolean
}): PageHead {
  const site = siteStrings(locale).siteName
  const paths = localePaths(path)
  const og = image && typeof image === 'object' ? (image.sizes?.og ?? null) : null
  return {
    locale,
    title: title ? `${title} · ${site}` : `${site} · ${siteStrings(locale).tagline}`,
    description: description || siteStrings(locale).tagline,
    canonical: absoluteUrl(paths[locale])!,
    languages: [...locales.map((l) => [l, paths[l]]), ['x-default', paths.lo]].map(
      ([lang, p]) => [lang, absoluteUrl(p)!] as [string, string],
    ),
    alternates: [
      ...(feed ? [{ type: 'application/rss+xml', href: absoluteUrl(feed)! }] : []),
      ...(oembed ? oembedLinks(paths[locale]) : []),
    ],
    // A page with no picture of its own shows the site's card (src/site/shareCard.ts).
    image: absoluteUrl(og?.url) ?? absoluteUrl(`/cards/${locale}.png`)!,
    imageAlt: (og && image && typeof image === 'object' && image.alt) || title || site,
    noindex,
  }
}
