import type { Metadata } from 'next'
import { resolveServerURL } from '@/lib/env'
import { locales, type Locale } from '@/lib/locales'
import type { Media } from '@/payload-types'
import { t } from './strings'
import { absoluteUrl } from './urls'

/** `/lo/songs/x` → the same page in each language. */
export function localePaths(path: string): Record<Locale, string> {
  const rest = path.replace(/^\/(lo|en)(?=\/|$)/, '')
  return Object.fromEntries(locales.map((l) => [l, `/${l}${rest}`])) as Record<Locale, string>
}

/** oEmbed discovery (https://oembed.com/#section4): the provider's address for this page. */
function oembedLinks(path: string): Record<string, string> {
  const url = encodeURIComponent(absoluteUrl(path)!)
  return {
    'application/json+oembed': `/api/oembed?url=${url}&format=json`,
    'text/xml+oembed': `/api/oembed?url=${url}&format=xml`,
  }
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
}): Metadata {
  const site = t(locale).siteName
  const paths = localePaths(path)
  const og = image && typeof image === 'object' ? (image.sizes?.og ?? null) : null
  // A page with no picture of its own shows the site's card (src/site/shareCard.ts).
  const ogUrl = absoluteUrl(og?.url) ?? absoluteUrl(`/cards/${locale}.png`)
  const fullTitle = title ? `${title} · ${site}` : `${site} · ${t(locale).tagline}`
  const text = description?.slice(0, 200) || t(locale).tagline
  return {
    title: fullTitle,
    description: text,
    metadataBase: new URL(resolveServerURL()),
    alternates: {
      canonical: paths[locale],
      languages: { ...paths, 'x-default': paths.lo },
      types: {
        ...(feed ? { 'application/rss+xml': feed } : {}),
        ...(oembed ? oembedLinks(paths[locale]) : {}),
      },
    },
    openGraph: {
      title: fullTitle,
      description: text,
      url: paths[locale],
      siteName: site,
      locale: locale === 'lo' ? 'lo_LA' : 'en_GB',
      type: 'website',
      images: [{ url: ogUrl!, width: 1200, height: 630 }],
    },
    twitter: {
      card: 'summary_large_image',
      title: fullTitle,
      description: text,
      images: [ogUrl!],
    },
  }
}
