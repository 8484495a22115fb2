import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { sharePictureOf } from '@/components/Cards'
import { NewsDetail, RadioDetail, SocialDetail, SongDetail, TvDetail } from '@/components/Detail'
import { CountBeacon } from '@/components/CountBeacon'
import { CampaignDetail, DramaDetail } from '@/components/SeriesDetail'
import { Shell } from '@/components/Shell'
import type { Locale } from '@/lib/locales'
import { pageLocale } from '@/site/saveData'
import type { Campaign, Drama, News, RadioSpot, SocialPost, Song, TvSpot } from '@/payload-types'
import { isViewType } from '@/reach/beacon'
import { findBySlug } from '@/site/data'
import { captionsOf, describe } from '@/site/detail'
import { localePaths, pageMetadata } from '@/site/metadata'
import { isSection, pathOf, sections, type Section } from '@/site/sections'
import { decodedSegment } from '@/lib/urls'

/** The safety net behind tag expiry: REVALIDATE_SECONDS in src/site/data.ts. */
export const revalidate = 30

/** Nothing is built ahead: each page is made on its first visit, then cached (see src/site/data.ts). */
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; section: string; slug: string }> }

async function load(params: Props['params']) {
  const { locale: segment, section, slug } = await params
  const locale = pageLocale(segment)
  if (!locale || !isSection(section)) return null
  const decoded = decodedSegment(slug)
  if (decoded === null) return null
  const doc = await findBySlug(sections[section].collection, decoded, locale)
  return doc ? { locale, section, doc } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  if (!found) return {}
  const { locale, section, doc } = found
  return pageMetadata({
    locale,
    path: pathOf(locale, section, doc.slug ?? ''),
    title: doc.title,
    description: describe(sections[section].collection, doc as unknown as Record<string, unknown>),
    image: sharePictureOf(doc as never),
    oembed: true,
  })
}

async function Body({ section, doc, locale }: { section: Section; doc: unknown; locale: Locale }) {
  switch (section) {
    case 'songs':
      return <SongDetail doc={doc as Song} locale={locale} />
    case 'dramas':
      return <DramaDetail doc={doc as Drama} locale={locale} />
    case 'radio':
      return <RadioDetail doc={doc as RadioSpot} locale={locale} />
    case 'tv': {
      const spot = doc as TvSpot
      const captions = await captionsOf('tv-spots', spot.slug ?? '', locale, spot.captions)
      return <TvDetail doc={spot} captions={captions} locale={locale} />
    }
    case 'social':
      return <SocialDetail doc={doc as SocialPost} locale={locale} />
    case 'news':
      return <NewsDetail doc={doc as News} locale={locale} />
    case 'campaigns':
      return <CampaignDetail doc={doc as Campaign} locale={locale} />
  }
}

export default async function DetailPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { locale, section, doc } = found
  const path = pathOf(locale, section, doc.slug ?? '')
  const collection = sections[section].collection
  return (
    <Shell
      locale={locale}
      current={section}
      alternate={localePaths(path)[locale === 'lo' ? 'en' : 'lo']}
    >
      <Body section={section} doc={doc} locale={locale} />
      {isViewType(collection) && <CountBeacon type={collection} slug={doc.slug ?? ''} />}
    </Shell>
  )
}
