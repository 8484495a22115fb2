import { isLocale } from '@/lib/locales'
import { decodedSegment } from '@/lib/urls'
import type { RadioSpot, Song } from '@/payload-types'
import { findBySlug } from '@/site/data'
import { feeds, transcriptOf, type Feed } from '@/site/feeds'
import { inRenderScope } from '@/site/render/scope'
import { CACHE_TAGS_HEADER, tagsHeader } from '@/site/tags'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ locale: string; name: string; item: string }> }

const notFound = () =>
  new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })

/**
 * /feeds/{locale}/{songs|radio}/{slug}.txt: an item's words as plain text, the transcript its
 * feed names (podcast:transcript), for podcast apps and for those who cannot listen.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, name: feed, item: file } = await params
  const slug = file.endsWith('.txt') ? decodedSegment(file.slice(0, -4)) : null
  if (!isLocale(locale) || !Object.hasOwn(feeds, feed) || !slug) return notFound()
  const { result: text, tags } = await inRenderScope(false, async () => {
    const doc = await findBySlug(feeds[feed as Feed].collection, slug, locale)
    return doc ? transcriptOf(doc as Song | RadioSpot) : ''
  })
  if (!text) return notFound()
  return new Response(`${text}\n`, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Language': locale,
      'Cache-Control': 'public, max-age=300',
      [CACHE_TAGS_HEADER]: tagsHeader(tags),
    },
  })
}
