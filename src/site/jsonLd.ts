/** schema.org descriptions of the public pages, for search engines and link previews. */
import type { Locale } from '@/lib/locales'
import type { Drama, Episode, Media, News, RadioSpot, Song, TvSpot } from '@/payload-types'
import { plainText } from '@/lib/richText'
import { embedUrl, type EmbedType } from '@/embed/types'
import { resolveServerURL } from '@/lib/env'
import { describe } from './describe'
import { asMedia } from '@/media/populated'
import { absoluteUrl } from './urls'

type Thing = Record<string, unknown>

/** Seconds as an ISO 8601 duration. */
export const isoDuration = (seconds: number | null | undefined) =>
  seconds
    ? `PT${Math.floor(seconds / 60) ? `${Math.floor(seconds / 60)}M` : ''}${Math.round(seconds % 60)}S`
    : undefined
const image = (m: Media | number | null | undefined) =>
  absoluteUrl(asMedia(m)?.sizes?.og?.url ?? asMedia(m)?.url)

function video(
  v: Media | number | null | undefined,
  {
    name,
    url,
    embed,
    description,
    date,
    locale,
    captions,
    transcript,
    poster,
  }: {
    name: string
    url: string
    /** The player partners embed, as search engines expect of a video (embedUrl). */
    embed: { type: EmbedType; slug: string }
    description?: string
    date?: string | null
    locale: Locale
    captions?: Media | number | null
    transcript?: unknown
    poster?: Media | number | null
  },
): Thing {
  const file = asMedia(v)
  const caption = asMedia(captions)
  return {
    '@type': 'VideoObject',
    name,
    description: description ?? name,
    url,
    embedUrl: embedUrl(resolveServerURL(), embed.type, embed.slug, { lang: locale }),
    inLanguage: locale,
    uploadDate: date ?? undefined,
    duration: isoDuration(file?.duration),
    contentUrl: absoluteUrl(file?.url),
    encodingFormat: file?.mimeType ?? undefined,
    thumbnailUrl: image(poster ?? file?.poster),
    caption: caption
      ? {
          '@type': 'MediaObject',
          contentUrl: absoluteUrl(caption.url),
          encodingFormat: 'text/vtt',
          inLanguage: locale,
        }
      : undefined,
    transcript: plainText(transcript) || undefined,
  }
}

const base = (type: string, url: string, locale: Locale) => ({
  '@context': 'https://schema.org',
  '@type': type,
  url,
  inLanguage: locale,
})

export function songLd(doc: Song, url: string, locale: Locale): Thing {
  const audio = asMedia(doc.audio)
  return {
    ...base('MusicRecording', url, locale),
    name: doc.title,
    byArtist: doc.artists?.map((name) => ({ '@type': 'MusicGroup', name })),
    duration: isoDuration(doc.duration ?? audio?.duration),
    datePublished: doc.publishedAt ?? undefined,
    image: image(doc.cover),
    audio: audio
      ? {
          '@type': 'AudioObject',
          contentUrl: absoluteUrl(audio.url),
          encodingFormat: audio.mimeType,
        }
      : undefined,
    recordingOf: {
      '@type': 'MusicComposition',
      name: doc.title,
      lyrics: { '@type': 'CreativeWork', text: plainText(doc.lyrics) || undefined },
    },
  }
}

export function radioLd(doc: RadioSpot, url: string, locale: Locale): Thing {
  const audio = asMedia(doc.audio)
  return {
    ...base('AudioObject', url, locale),
    name: doc.title,
    contentUrl: absoluteUrl(audio?.url),
    encodingFormat: audio?.mimeType ?? undefined,
    duration: isoDuration(doc.duration ?? audio?.duration),
    datePublished: doc.publishedAt ?? undefined,
    transcript: plainText(doc.script) || undefined,
  }
}

export function tvLd(doc: TvSpot, url: string, locale: Locale): Thing {
  return {
    '@context': 'https://schema.org',
    ...video(doc.video, {
      name: doc.title,
      url,
      embed: { type: 'tv-spots', slug: doc.slug ?? '' },
      description: describe(doc as unknown as Record<string, unknown>),
      date: doc.publishedAt,
      locale,
      captions: doc.captions,
      transcript: doc.script,
    }),
  }
}

export function dramaLd(
  doc: Drama,
  url: string,
  locale: Locale,
  episodes: { title: string; url: string; number: number }[],
): Thing {
  return {
    ...base('TVSeries', url, locale),
    name: doc.title,
    image: image(doc.poster),
    datePublished: doc.publishedAt ?? undefined,
    description: plainText(doc.synopsis) || undefined,
    numberOfEpisodes: episodes.length,
    episode: episodes.map((e) => ({
      '@type': 'TVEpisode',
      name: e.title,
      url: e.url,
      episodeNumber: e.number,
    })),
    actor: doc.castAndCrew?.map((c) => ({ '@type': 'Person', name: c.name })),
  }
}

export function episodeLd(
  doc: Episode,
  drama: Drama,
  url: string,
  dramaUrl: string,
  locale: Locale,
): Thing {
  return {
    ...base('TVEpisode', url, locale),
    name: doc.title,
    episodeNumber: doc.number,
    datePublished: doc.publishedAt ?? undefined,
    partOfSeries: { '@type': 'TVSeries', name: drama.title, url: dramaUrl },
    video: video(doc.video, {
      name: doc.title,
      url,
      embed: { type: 'episodes', slug: doc.slug ?? '' },
      description: describe(doc as unknown as Record<string, unknown>),
      date: doc.publishedAt,
      locale,
      captions: doc.captions,
      transcript: doc.transcript,
      poster: drama.poster,
    }),
  }
}

export function newsLd(doc: News, url: string, locale: Locale): Thing {
  return {
    ...base('NewsArticle', url, locale),
    headline: doc.title,
    description: doc.excerpt ?? undefined,
    datePublished: doc.publishedAt ?? undefined,
    dateModified: doc.updatedAt,
    image: image(doc.heroImage),
    author: doc.author ? { '@type': 'Person', name: doc.author } : undefined,
    articleBody: plainText(doc.body) || undefined,
  }
}
