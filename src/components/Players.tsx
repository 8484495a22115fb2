/** @jsxImportSource preact */
import type { Locale } from '@/lib/locales'
import { asMedia } from '@/media/populated'
import type { Media } from '@/payload-types'
import { savesData } from '@/site/saveData'
import { siteStrings } from '@/site/strings'
import { sitePath as mediaPath } from '@/site/urls'

export type MediaFile = { src: string; type: string; bytes: number | null; lite: boolean }

/**
 * A file's original and, when one was made and may be shown, its data-saver copy (Opus audio,
 * 360p video; src/media/renditions.ts), smallest first for a visitor who saves data.
 */
export function mediaFiles(
  media: Media | number | null | undefined,
  lite = savesData(),
): MediaFile[] {
  const original = asMedia(media)
  const src = mediaPath(original?.url)
  if (!original || !src) return []
  const files: MediaFile[] = [
    { src, type: original.mimeType ?? '', bytes: original.filesize ?? null, lite: false },
  ]
  const copy = asMedia(original.lite as Media | number | null | undefined)
  const copySrc = mediaPath(copy?.url)
  if (copy && copySrc) {
    const type = copy.mimeType === 'audio/ogg' ? 'audio/ogg; codecs=opus' : (copy.mimeType ?? '')
    files[lite ? 'unshift' : 'push']({
      src: copySrc,
      type,
      bytes: copy.filesize ?? null,
      lite: true,
    })
  }
  return files
}

/** "1.2 MB", "340 KB". */
export function fileSize(bytes: number | null, locale: Locale): string {
  if (!bytes) return ''
  const n = new Intl.NumberFormat(locale === 'lo' ? 'lo-LA' : 'en-GB', { maximumFractionDigits: 1 })
  return bytes >= 1024 * 1024
    ? `${n.format(bytes / 1024 / 1024)} MB`
    : `${n.format(Math.ceil(bytes / 1024))} KB`
}

function Sources({ files }: { files: MediaFile[] }) {
  return files.map((f) => <source key={f.src} src={f.src} type={f.type || undefined} />)
}

/** Data-attributes that let the switch reorder a player's sources. */
const switchable = (files: MediaFile[]) => {
  const lite = files.find((f) => f.lite)
  const original = files.find((f) => !f.lite)
  return lite && original ? { 'data-lite-src': lite.src, 'data-original-src': original.src } : {}
}

/**
 * The data-saver switch, remembered on the device: on, every player on the page plays its small
 * copy first; off, the original. Set by the page's Save-Data variant until the visitor chooses.
 * It needs the page's script (src/site/assets/islands.js), which shows it; without script the
 * sources keep the variant's order, and the download links offer both files with their sizes.
 */
function SaverSwitch({ files, locale }: { files: MediaFile[]; locale: Locale }) {
  const lite = files.find((f) => f.lite)
  const original = files.find((f) => !f.lite)
  if (!lite || !original) return null
  const s = siteStrings(locale)
  return (
    <label className="saver" hidden>
      <input type="checkbox" data-saver="" defaultChecked={files[0].lite} /> {s.dataSaver}:{' '}
      {fileSize(lite.bytes, locale)}{' '}
      <span className="meta">
        ({s.original}: {fileSize(original.bytes, locale)})
      </span>
    </label>
  )
}

/**
 * "Keep on this phone (1.2 MB)": the page, its smallest file (the data-saver copy when there is
 * one) and `extra` (captions, the poster) go into the phone's kept cache, and play offline. It
 * needs the page's script and a service worker, so it is hidden until the script shows it
 * (src/site/assets/islands.js).
 */
function KeepButton({
  files,
  extra = [],
  locale,
}: {
  files: MediaFile[]
  extra?: string[]
  locale: Locale
}) {
  const kept = files.find((f) => f.lite) ?? files[0]
  const s = siteStrings(locale)
  return (
    <p className="keep" hidden>
      <button
        type="button"
        data-keep={kept.src}
        data-keep-extra={extra.join(' ') || undefined}
        data-keep-size={kept.bytes ?? undefined}
        data-say-keep={s.keep}
        data-say-kept={s.keptRemove}
        data-say-failed={s.keepFailed}
        data-say-warn={s.keepWarn}
      >
        {s.keep}
      </button>{' '}
      <span className="meta">{fileSize(kept.bytes, locale)}</span>
    </p>
  )
}

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
  const files = mediaFiles(media)
  if (files.length === 0) return null
  return (
    <figure className="player">
      <audio controls preload="none" aria-label={title} {...switchable(files)}>
        <Sources files={files} />
        <a href={`${files[0].src}?download=1`}>{siteStrings(locale).download}</a>
      </audio>
      <SaverSwitch files={files} locale={locale} />
      <KeepButton files={files} locale={locale} />
    </figure>
  )
}

/**
 * A native video player with a caption track per language; the page's language is on by default.
 * Nothing but the poster loads before play; a tap on the poster starts it (the page's script).
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
  const files = mediaFiles(media)
  if (!video || files.length === 0) return null
  const posterMedia = asMedia(poster) ?? asMedia(video.poster as Media | number | null | undefined)
  const posterSrc = mediaPath(posterMedia?.sizes?.card?.url ?? posterMedia?.url)
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
        poster={posterSrc}
        aria-label={title}
        {...switchable(files)}
      >
        <Sources files={files} />
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
        <a href={`${files[0].src}?download=1`}>{siteStrings(locale).download}</a>
      </video>
      <SaverSwitch files={files} locale={locale} />
      <KeepButton
        files={files}
        extra={[...tracks.map((t) => t.src!), ...(posterSrc ? [posterSrc] : [])]}
        locale={locale}
      />
    </figure>
  )
}
