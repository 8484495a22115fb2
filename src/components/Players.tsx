import type { Locale } from '@/lib/locales'
import type { Media } from '@/payload-types'
import { t } from '@/site/strings'
import { sitePath as mediaPath } from '@/site/urls'

const asMedia = (m: Media | number | null | undefined): Media | null =>
  m && typeof m === 'object' ? m : null

const labels: Record<Locale, string> = { lo: 'ພາສາລາວ', en: 'English' }

/** A native audio player: nothing loads until the listener presses play. */
export function AudioPlayer({
  media,
  title,
  locale,
}: {
  media: Media | number | null | undefined
  title: string
  locale: Locale
}) {
  const audio = asMedia(media)
  const src = mediaPath(audio?.url)
  if (!audio || !src) return null
  return (
    <figure className="player">
      <audio controls preload="none" src={src} aria-label={title}>
        <a href={`${src}?download=1`}>{t(locale).download}</a>
      </audio>
    </figure>
  )
}

/**
 * A native video player with a caption track per language; the page's language is on by default.
 * Nothing but the poster loads before play.
 */
export function VideoPlayer({
  media,
  poster,
  captions,
  title,
  locale,
}: {
  media: Media | number | null | undefined
  poster?: Media | number | null
  captions: Partial<Record<Locale, Media | number | null | undefined>>
  title: string
  locale: Locale
}) {
  const video = asMedia(media)
  const src = mediaPath(video?.url)
  if (!video || !src) return null
  const posterMedia = asMedia(poster) ?? asMedia(video.poster as Media | number | null | undefined)
  const tracks = (Object.keys(captions) as Locale[])
    .map((lang) => ({ lang, src: mediaPath(asMedia(captions[lang])?.url) }))
    .filter((track) => track.src)
  return (
    <figure className="player player-video">
      <video
        controls
        preload="none"
        playsInline
        width={video.width ?? 426}
        height={video.height ?? 240}
        poster={mediaPath(posterMedia?.sizes?.card?.url ?? posterMedia?.url)}
        aria-label={title}
      >
        <source src={src} type={video.mimeType ?? 'video/mp4'} />
        {tracks.map((track) => (
          <track
            key={track.lang}
            kind="captions"
            srcLang={track.lang}
            label={labels[track.lang]}
            src={track.src}
            default={track.lang === locale}
          />
        ))}
        <a href={`${src}?download=1`}>{t(locale).download}</a>
      </video>
    </figure>
  )
}
