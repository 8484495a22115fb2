/** Podcast feeds (RSS 2.0 with the iTunes and Podcasting 2.0 namespaces) for songs and radio spots. */
import type { Locale } from '@/lib/locales'
import type { Media, RadioSpot, Song } from '@/payload-types'
import { plainText } from '@/components/RichText'
import { el, xmlDocument, type XmlElement } from '@/lib/markup'
import { listPublished, publicMedia, siteSettings } from './data'
import { pathOf } from './sections'
import { t } from './strings'
import { absoluteUrl } from './urls'

export const feeds = {
  songs: { collection: 'songs', title: { lo: 'ເພງ', en: 'Songs' } },
  radio: { collection: 'radio-spots', title: { lo: 'ສະປອດວິທະຍຸ', en: 'Radio spots' } },
} as const

export type Feed = keyof typeof feeds

/** The words of an item, as plain text: a song's lyrics, a spot's script. */
export const transcriptOf = (doc: Song | RadioSpot): string =>
  plainText('lyrics' in doc ? doc.lyrics : (doc as RadioSpot).script)

/** Where an item's transcript is, beside its feed: /feeds/{locale}/{feed}/{slug}.txt. */
export const transcriptPath = (feed: Feed, locale: Locale, slug: string) =>
  `/feeds/${locale}/${feed}/${encodeURIComponent(slug)}.txt`

const hms = (seconds: number) => {
  const s = Math.round(seconds)
  return [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':')
}

const audioOf = (doc: Song | RadioSpot) =>
  doc.audio && typeof doc.audio === 'object' ? (doc.audio as Media) : null

/**
 * A file as a Podcasting 2.0 alternate enclosure. Apps that read them offer the data-saver copy
 * by its title; the rest play the one `<enclosure>`, the original.
 */
const alternate = (file: Media, title: string, isDefault: boolean) =>
  el(
    'podcast:alternateEnclosure',
    {
      type:
        file.mimeType === 'audio/ogg' ? 'audio/ogg; codecs=opus' : (file.mimeType ?? 'audio/mpeg'),
      length: file.filesize ?? 0,
      bitrate: file.bitrate ? Math.round(file.bitrate * 1000) : undefined,
      title,
      default: isDefault ? 'true' : undefined,
    },
    el('podcast:source', { uri: absoluteUrl(file.url!) }),
  )

function item(
  doc: Song | RadioSpot,
  feed: Feed,
  locale: Locale,
  copies: Map<number, Media>,
): XmlElement | null {
  const audio = audioOf(doc)
  if (!audio?.url) return null
  const s = t(locale)
  const lite = typeof audio.lite === 'number' ? copies.get(audio.lite) : undefined
  const link = absoluteUrl(pathOf(locale, feed, doc.slug ?? ''))!
  const text = transcriptOf(doc)
  const cover =
    'cover' in doc && doc.cover && typeof doc.cover === 'object' ? (doc.cover as Media) : null
  return el(
    'item',
    {},
    el('title', {}, doc.title),
    el('link', {}, link),
    el('guid', { isPermaLink: 'false' }, `siang-${feed}-${doc.id}`),
    doc.publishedAt && el('pubDate', {}, new Date(doc.publishedAt).toUTCString()),
    el('description', {}, text.slice(0, 4000)),
    el('enclosure', {
      url: absoluteUrl(audio.url),
      length: audio.filesize ?? 0,
      type: audio.mimeType ?? 'audio/mpeg',
    }),
    lite?.url && alternate(audio, s.original, true),
    lite?.url && alternate(lite, s.dataSaver, false),
    audio.duration ? el('itunes:duration', {}, hms(audio.duration)) : null,
    cover?.url && el('itunes:image', { href: absoluteUrl(cover.url) }),
    text &&
      el('podcast:transcript', {
        url: absoluteUrl(transcriptPath(feed, locale, doc.slug ?? '')),
        type: 'text/plain',
        language: locale,
      }),
  )
}

export async function feedXml(feed: Feed, locale: Locale): Promise<string> {
  const { collection, title } = feeds[feed]
  const s = t(locale)
  const settings = await siteSettings(locale)
  const { docs } = await listPublished(collection, locale, { limit: 200 })
  // The data-saver copies, public ones only: the list read leaves them as ids.
  const ids = docs.flatMap((doc) => {
    const lite = audioOf(doc as Song | RadioSpot)?.lite
    return typeof lite === 'number' ? [lite] : []
  })
  const copies = new Map((await publicMedia(ids)).map((m) => [m.id, m]))
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
        el('title', {}, `${s.siteName} · ${title[locale]}`),
        el('link', {}, absoluteUrl(pathOf(locale, feed))),
        el('atom:link', {
          href: absoluteUrl(`/feeds/${locale}/${feed}.xml`),
          rel: 'self',
          type: 'application/rss+xml',
        }),
        el('language', {}, locale),
        el('description', {}, settings.footerText || s.tagline),
        el('itunes:author', {}, s.siteName),
        el('itunes:summary', {}, s.tagline),
        el('itunes:explicit', {}, 'false'),
        el('itunes:category', { text: 'Government' }),
        el('itunes:type', {}, 'episodic'),
        ...docs.map((doc) => item(doc as Song | RadioSpot, feed, locale, copies)),
      ),
    ),
  )
}
