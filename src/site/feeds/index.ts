/**
 * Podcast feeds: RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, as Apple Podcasts,
 * Spotify and the open podcast apps read them (checked against podcast-partytime and
 * podcast-feed-parser in tests/http/podcast-feeds.test.ts).
 */
import type { Locale } from '@/lib/locales'
import { el, xmlDocument } from '@/lib/markup'
import { asMedia } from '@/media/populated'
import { podcastGuid } from '@/lib/uuid'
import { fitsPodcastArtwork } from '@/media/podcastArtwork'
import type { Media } from '@/payload-types'
import { publicMedia, siteSettings } from '../data'
import { siteStrings } from '../strings'
import { absoluteUrl } from '../urls'
import { feedItem, fileOf } from './items'
import type { FeedSource } from './sources'

export * from './sources'
export { isItemKind, itemKinds, transcriptOf, type ItemKind } from './transcripts'
export { downloadPath, feedPath, transcriptPath } from './paths'

/** The media a list read leaves as ids: the data-saver copies, and the site's artwork. */
async function mediaById(ids: (number | null | undefined)[]): Promise<Map<number, Media>> {
  const wanted = ids.filter((id): id is number => typeof id === 'number')
  return new Map((await publicMedia(wanted)).map((m) => [m.id, m]))
}

export async function feedXml(feed: FeedSource, locale: Locale): Promise<string> {
  const s = siteStrings(locale)
  const settings = await siteSettings(locale)
  const podcast = settings.podcast ?? {}
  const siteArtworkId = typeof podcast.artwork === 'number' ? podcast.artwork : undefined
  const media = await mediaById([
    siteArtworkId,
    ...feed.items.map(({ doc }) => fileOf(doc)?.lite as number | undefined),
  ])
  const artwork =
    feed.artwork && fitsPodcastArtwork(feed.artwork)
      ? feed.artwork
      : (asMedia(podcast.artwork) ?? (siteArtworkId ? media.get(siteArtworkId) : null))
  const self = absoluteUrl(feed.self)!
  const owner = podcast.ownerEmail
  const description = feed.description || settings.footerText || s.tagline
  return xmlDocument(
    el(
      'rss',
      {
        version: '2.0',
        'xmlns:itunes': 'http://www.itunes.com/dtds/podcast-1.0.dtd',
        'xmlns:podcast': 'https://podcastindex.org/namespace/1.0',
        'xmlns:atom': 'http://www.w3.org/2005/Atom',
      },
      el(
        'channel',
        {},
        el('title', {}, feed.title),
        el('link', {}, absoluteUrl(feed.page)),
        el('atom:link', { href: self, rel: 'self', type: 'application/rss+xml' }),
        el('language', {}, locale),
        el('description', {}, description),
        artwork?.url &&
          el(
            'image',
            {},
            el('url', {}, absoluteUrl(artwork.url)),
            el('title', {}, feed.title),
            el('link', {}, absoluteUrl(feed.page)),
          ),
        el('itunes:author', {}, podcast.ownerName || s.siteName),
        el('itunes:summary', {}, description),
        artwork?.url && el('itunes:image', { href: absoluteUrl(artwork.url) }),
        owner &&
          el(
            'itunes:owner',
            {},
            el('itunes:name', {}, podcast.ownerName || s.siteName),
            el('itunes:email', {}, owner),
          ),
        el('itunes:explicit', {}, 'false'),
        el('itunes:category', { text: 'Government' }),
        el('itunes:type', {}, feed.type),
        el('podcast:guid', {}, podcastGuid(self)),
        // Only the owner may move the feed to another host, in the directories that honour it.
        el('podcast:locked', owner ? { owner } : {}, 'yes'),
        ...feed.items.map((item) => feedItem(item, locale, media)),
      ),
    ),
  )
}
