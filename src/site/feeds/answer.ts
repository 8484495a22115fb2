/** The HTTP answers of the feed routes: a feed, a transcript, or a plain 404. */
import type { Locale } from '@/lib/locales'
import { findBySlug } from '../data'
import { inRenderScope } from '../render/scope'
import { CACHE_TAGS_HEADER, tagsHeader } from '../tags'
import { feedXml } from './index'
import type { FeedSource } from './sources'
import { itemKinds, transcriptOf, type FeedItemDoc, type ItemKind } from './transcripts'

export const notFound = () =>
  new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })

/** A feed, tagged with what it read so that Siang's server keeps it until that changes. */
export async function feedAnswer(
  locale: Locale,
  source: () => Promise<FeedSource | null>,
): Promise<Response> {
  const { result, tags } = await inRenderScope(false, async () => {
    const feed = await source()
    return feed ? feedXml(feed, locale) : null
  })
  if (!result) return notFound()
  return new Response(result, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
      [CACHE_TAGS_HEADER]: tagsHeader(tags),
    },
  })
}

export async function transcriptAnswer(
  locale: Locale,
  kind: ItemKind,
  slug: string,
): Promise<Response> {
  const { result: text, tags } = await inRenderScope(false, async () => {
    const doc = await findBySlug(itemKinds[kind], slug, locale)
    return doc ? transcriptOf(doc as FeedItemDoc) : ''
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
