/** The player page of a published song, episode, radio or TV spot, or null when there is none. */
import type { Locale } from '@/lib/locales'
import { sendsSaveData } from '@/lib/locales'
import { asMedia } from '@/media/populated'
import { mediaFiles } from '@/components/Players'
import { hrefOf } from '@/site/sections'
import { findBySlug } from '@/site/data'
import { captionsOf } from '@/site/detail'
import { absoluteUrl, sitePath } from '@/site/urls'
import { embedHtml, type EmbedOptions } from './page'
import { playerTypes, type Hotline, type PlayerType } from './types'

export async function playerEmbed(
  request: Request,
  type: PlayerType,
  slug: string,
  opts: EmbedOptions,
  origins: string[],
  hotline: Hotline,
): Promise<{ html: string; nonce: string } | null> {
  const { collection, kind } = playerTypes[type]
  const doc = (await findBySlug(collection, slug, opts.locale)) as
    (Record<string, unknown> & { slug?: string; title?: string }) | null
  const media = asMedia(doc?.[kind])
  // The data-saver copy first for a visitor whose phone saves data, or a partner who asks.
  const files = mediaFiles(media, sendsSaveData(request.headers) || opts.saver)
  if (!doc || !media || !files.length) return null
  const captions =
    kind === 'video' && (collection === 'episodes' || collection === 'tv-spots')
      ? await captionsOf(collection, doc.slug ?? '', opts.locale, asMedia(doc.captions))
      : {}
  const drama = asMedia(doc.drama) as { poster?: unknown } | null
  const poster = asMedia(doc.poster) ?? asMedia(drama?.poster) ?? asMedia(media.poster)
  return embedHtml(
    {
      type,
      slug: doc.slug ?? '',
      title: doc.title ?? '',
      pageUrl: absoluteUrl(hrefOf(collection, doc as never, opts.locale))!,
      sources: files.map((f) => ({
        src: f.src,
        mimeType: f.type || (kind === 'video' ? 'video/mp4' : 'audio/mpeg'),
      })),
      poster: sitePath(poster?.sizes?.card?.url ?? poster?.url),
      captions: (Object.keys(captions) as Locale[]).flatMap((lang) => {
        const c = sitePath(asMedia(captions[lang])?.url)
        return c ? [{ lang, src: c }] : []
      }),
      hotline,
    },
    opts,
    origins,
  )
}
