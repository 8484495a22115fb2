/** One item of a podcast feed: a song, a radio or TV spot, or a drama's episode. */
import { pictureOf } from '@/components/Cards'
import type { Locale } from '@/lib/locales'
import { el, type XmlElement } from '@/lib/markup'
import { legacyFeedGuid } from '@/lib/feedItems'
import { asMedia } from '@/media/populated'
import type { Episode, Media } from '@/payload-types'
import { hrefOf } from '../sections'
import { extensionOf } from './paths'
import { siteStrings } from '../strings'
import { absoluteUrl } from '../urls'
import { downloadPath, transcriptPath } from './paths'
import { kindOf, transcriptOf, type FeedItemDoc, type ItemCollection } from './transcripts'

const hms = (seconds: number) => {
  const s = Math.round(seconds)
  return [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':')
}

/** The file an item plays: a song's or radio spot's audio, a TV spot's or episode's video. */
export const fileOf = (doc: FeedItemDoc): Media | null =>
  asMedia('audio' in doc ? doc.audio : (doc as Episode).video)

const typeOf = (file: Media) =>
  file.mimeType === 'audio/ogg' ? 'audio/ogg; codecs=opus' : (file.mimeType ?? 'audio/mpeg')

/**
 * A file as a Podcasting 2.0 alternate enclosure. Apps that read them offer the data-saver copy
 * by its title; the rest play the one `<enclosure>`, the original.
 */
const alternate = (file: Media, title: string, isDefault: boolean) =>
  el(
    'podcast:alternateEnclosure',
    {
      type: typeOf(file),
      length: file.filesize ?? 0,
      bitrate: file.bitrate ? Math.round(file.bitrate * 1000) : undefined,
      title,
      default: isDefault ? 'true' : undefined,
    },
    el('podcast:source', { uri: absoluteUrl(file.url!) }),
  )

export type ItemSource = { doc: FeedItemDoc; collection: ItemCollection }

/** An item's own guid; one saved before items had one keeps the guid it had (MongoDB). */
const guidOf = (doc: FeedItemDoc, collection: ItemCollection) =>
  doc.feedGuid || legacyFeedGuid(collection, doc.id)

export function feedItem(
  { doc, collection }: ItemSource,
  locale: Locale,
  copies: Map<number, Media>,
): XmlElement | null {
  const file = fileOf(doc)
  if (!file?.url) return null
  const s = siteStrings(locale)
  const kind = kindOf(collection)
  const lite = typeof file.lite === 'number' ? copies.get(file.lite) : undefined
  const text = transcriptOf(doc)
  // An item's own picture when square, as apps show it; else they show the feed's artwork.
  const own = asMedia(pictureOf(doc as never))
  const picture = own && own.width && own.width === own.height ? own : null
  const captions = 'captions' in doc ? asMedia(doc.captions) : null
  const episode = collection === 'episodes' ? (doc as Episode) : null
  return el(
    'item',
    {},
    el('title', {}, doc.title),
    el('link', {}, absoluteUrl(hrefOf(collection, doc, locale))),
    el('guid', { isPermaLink: 'false' }, guidOf(doc, collection)),
    doc.publishedAt && el('pubDate', {}, new Date(doc.publishedAt).toUTCString()),
    el('description', {}, text.slice(0, 4000)),
    // Through Siang, which counts the download, then sends the app to the file itself.
    el('enclosure', {
      url: absoluteUrl(downloadPath(kind, locale, doc.slug ?? '', extensionOf(file.filename))),
      length: file.filesize ?? 0,
      type: typeOf(file),
    }),
    lite?.url && alternate(file, s.original, true),
    lite?.url && alternate(lite, s.dataSaver, false),
    file.duration ? el('itunes:duration', {}, hms(file.duration)) : null,
    picture?.url && el('itunes:image', { href: absoluteUrl(picture.url) }),
    episode && el('itunes:episodeType', {}, 'full'),
    episode?.season && el('itunes:season', {}, episode.season),
    episode && el('itunes:episode', {}, episode.number),
    episode?.season && el('podcast:season', {}, episode.season),
    episode && el('podcast:episode', {}, episode.number),
    text &&
      el('podcast:transcript', {
        url: absoluteUrl(transcriptPath(kind, locale, doc.slug ?? '')),
        type: 'text/plain',
        language: locale,
      }),
    captions?.url &&
      el('podcast:transcript', {
        url: absoluteUrl(captions.url),
        // No language: an English read falls back to the Lao file when there is no English one.
        type: 'text/vtt',
        rel: 'captions',
      }),
  )
}
