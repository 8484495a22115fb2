/** Podcast feeds (RSS 2.0 with the iTunes and Podcasting 2.0 namespaces) for songs and radio spots. */
import type { Locale } from '@/lib/locales'
import type { Media, RadioSpot, Song } from '@/payload-types'
import { plainText } from '@/components/RichText'
import { listPublished, publicMedia, siteSettings } from './data'
import { pathOf } from './sections'
import { t } from './strings'
import { absoluteUrl } from './urls'

export const feeds = {
  songs: { collection: 'songs', title: { lo: 'ເພງ', en: 'Songs' } },
  radio: { collection: 'radio-spots', title: { lo: 'ສະປອດວິທະຍຸ', en: 'Radio spots' } },
} as const

export type Feed = keyof typeof feeds

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

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
  `<podcast:alternateEnclosure type="${xml(file.mimeType === 'audio/ogg' ? 'audio/ogg; codecs=opus' : (file.mimeType ?? 'audio/mpeg'))}" length="${file.filesize ?? 0}"${file.bitrate ? ` bitrate="${Math.round(file.bitrate * 1000)}"` : ''} title="${xml(title)}"${isDefault ? ' default="true"' : ''}><podcast:source uri="${xml(absoluteUrl(file.url!)!)}"/></podcast:alternateEnclosure>`

function item(
  doc: Song | RadioSpot,
  feed: Feed,
  locale: Locale,
  copies: Map<number, Media>,
): string | null {
  const audio = audioOf(doc)
  if (!audio?.url) return null
  const s = t(locale)
  const lite = typeof audio.lite === 'number' ? copies.get(audio.lite) : undefined
  const link = absoluteUrl(pathOf(locale, feed, doc.slug ?? ''))!
  const text = plainText('lyrics' in doc ? doc.lyrics : (doc as RadioSpot).script)
  const cover =
    'cover' in doc && doc.cover && typeof doc.cover === 'object' ? (doc.cover as Media) : null
  return [
    '<item>',
    `<title>${xml(doc.title)}</title>`,
    `<link>${xml(link)}</link>`,
    `<guid isPermaLink="false">siang-${feed}-${doc.id}</guid>`,
    doc.publishedAt ? `<pubDate>${new Date(doc.publishedAt).toUTCString()}</pubDate>` : '',
    `<description>${xml(text.slice(0, 4000))}</description>`,
    `<enclosure url="${xml(absoluteUrl(audio.url)!)}" length="${audio.filesize ?? 0}" type="${xml(audio.mimeType ?? 'audio/mpeg')}"/>`,
    lite?.url ? alternate(audio, s.original, true) + alternate(lite, s.dataSaver, false) : '',
    audio.duration ? `<itunes:duration>${hms(audio.duration)}</itunes:duration>` : '',
    cover?.url ? `<itunes:image href="${xml(absoluteUrl(cover.url)!)}"/>` : '',
    text ? `<podcast:transcript url="${xml(link)}" type="text/html" language="${locale}"/>` : '',
    '</item>',
  ]
    .filter(Boolean)
    .join('')
}

export async function feedXml(feed: Feed, locale: Locale): Promise<string> {
  const { collection, title } = feeds[feed]
  const s = t(locale)
  const settings = await siteSettings(locale)
  const { docs } = await listPublished(collection, locale, { limit: 200 })
  const site = absoluteUrl(pathOf(locale, feed))!
  // The data-saver copies, public ones only: the list read leaves them as ids.
  const ids = docs.flatMap((doc) => {
    const lite = audioOf(doc as Song | RadioSpot)?.lite
    return typeof lite === 'number' ? [lite] : []
  })
  const copies = new Map((await publicMedia(ids)).map((m) => [m.id, m]))
  const items = docs
    .map((doc) => item(doc as Song | RadioSpot, feed, locale, copies))
    .filter(Boolean)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${xml(`${s.siteName} · ${title[locale]}`)}</title>`,
    `<link>${xml(site)}</link>`,
    `<atom:link href="${xml(absoluteUrl(`/feeds/${locale}/${feed}.xml`)!)}" rel="self" type="application/rss+xml"/>`,
    `<language>${locale}</language>`,
    `<description>${xml(settings.footerText || s.tagline)}</description>`,
    `<itunes:author>${xml(s.siteName)}</itunes:author>`,
    `<itunes:summary>${xml(s.tagline)}</itunes:summary>`,
    '<itunes:explicit>false</itunes:explicit>',
    '<itunes:category text="Government"/>',
    '<itunes:type>episodic</itunes:type>',
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n')
}
