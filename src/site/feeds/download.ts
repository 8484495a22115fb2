/** A podcast app fetching an item's enclosure: counted as a download, then sent to the file. */
import type { Locale } from '@/lib/locales'
import { laoDay } from '@/lib/laoTime'
import { clientKey, rateLimiter } from '@/lib/rateLimit'
import { countOne } from '@/reach/counts'
import { PodcastDownloads } from '@/reach/podcastDownloads'
import { findBySlug, payloadClient } from '../data'
import { absoluteUrl } from '../urls'
import { fileOf } from './items'
import { notFound } from './answer'
import { extensionOf } from './paths'
import { itemKinds, type FeedItemDoc, type ItemKind } from './transcripts'

/** Listeners heard today, in this process's memory only. */
const downloads = new PodcastDownloads()

/** An app fetching a whole season at once is counted; a loop is not. */
const limiter = rateLimiter({ perSecond: 1, burst: 30 })

export async function downloadAnswer(
  request: Request,
  locale: Locale,
  kind: ItemKind,
  slug: string,
  extension: string,
): Promise<Response> {
  const collection = itemKinds[kind]
  const doc = (await findBySlug(collection, slug, locale, 1)) as FeedItemDoc | null
  const file = doc ? fileOf(doc) : null
  if (!doc || !file?.url || extensionOf(file.filename) !== extension.toLowerCase())
    return notFound()
  // Next answers HEAD with this GET: an app asking for the size has not downloaded anything.
  // Past the rate limit the file is still sent, and not counted.
  const address = clientKey(request.headers)
  const counts =
    request.method !== 'HEAD' &&
    limiter.take(address).ok &&
    downloads.counts({
      address,
      agent: request.headers.get('user-agent') ?? '',
      item: `${collection}/${doc.slug}`,
      range: request.headers.get('range'),
      size: file.filesize ?? 0,
      seconds: file.duration,
    })
  if (counts) {
    const key = {
      day: laoDay(),
      type: collection,
      slug: doc.slug ?? slug,
      source: 'podcast' as const,
      partner: null,
    }
    await countOne(await payloadClient(), key, 'plays')
  }
  return new Response(null, {
    status: 302,
    headers: { Location: absoluteUrl(file.url)!, 'Cache-Control': 'no-store' },
  })
}
