import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CountBeacon } from '@/components/CountBeacon'
import { EpisodeDetail } from '@/components/SeriesDetail'
import { Shell } from '@/components/Shell'
import { pageLocale } from '@/site/saveData'
import type { Drama } from '@/payload-types'
import { findBySlug } from '@/site/data'
import { captionsOf } from '@/site/detail'
import { sharePictureOf } from '@/components/Cards'
import { localePaths, pageMetadata } from '@/site/metadata'
import { pathOf } from '@/site/sections'
import { decodedSegment } from '@/lib/urls'

/** The safety net behind tag expiry: REVALIDATE_SECONDS in src/site/data.ts. */
export const revalidate = 30

/** Nothing is built ahead: each page is made on its first visit, then cached (see src/site/data.ts). */
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; section: string; slug: string; episode: string }> }

/** An episode lives under its drama: /lo/dramas/{drama}/{episode}. */
async function load(params: Props['params']) {
  const { locale: segment, section, slug, episode } = await params
  const locale = pageLocale(segment)
  if (!locale || section !== 'dramas') return null
  const [episodeSlug, dramaSlug] = [decodedSegment(episode), decodedSegment(slug)]
  if (episodeSlug === null || dramaSlug === null) return null
  const doc = await findBySlug('episodes', episodeSlug, locale)
  const drama = doc && typeof doc.drama === 'object' ? (doc.drama as Drama) : null
  if (!doc || !drama || drama.slug !== dramaSlug) return null
  return { locale, doc, drama }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  if (!found) return {}
  const { locale, doc, drama } = found
  return pageMetadata({
    locale,
    path: pathOf(locale, 'dramas', drama.slug ?? '', doc.slug ?? ''),
    title: `${doc.title} · ${drama.title}`,
    image: sharePictureOf({ ...doc, drama } as never) ?? sharePictureOf(drama as never),
    oembed: true,
  })
}

export default async function EpisodePage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { locale, doc, drama } = found
  const captions = await captionsOf('episodes', doc.slug ?? '', locale, doc.captions)
  const path = pathOf(locale, 'dramas', drama.slug ?? '', doc.slug ?? '')
  return (
    <Shell
      locale={locale}
      current="dramas"
      alternate={localePaths(path)[locale === 'lo' ? 'en' : 'lo']}
    >
      <EpisodeDetail doc={doc} drama={drama} captions={captions} locale={locale} />
      <CountBeacon type="episodes" slug={doc.slug ?? ''} />
    </Shell>
  )
}
