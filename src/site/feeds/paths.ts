/**
 * Where the feeds and what they point at live, with no other imports: Siang's server reads
 * `isDownloadPath` too (a download is counted, so it is never kept or shared).
 */
import type { Locale } from '@/lib/locales'

/** /feeds/{locale}/{name}.xml, or /feeds/{locale}/{dramas|campaigns}/{slug}.xml. */
export const feedPath = (locale: Locale, name: string, slug?: string) =>
  slug ? `/feeds/${locale}/${name}/${encodeURIComponent(slug)}.xml` : `/feeds/${locale}/${name}.xml`

/** An item's words as plain text: /feeds/{locale}/{kind}/{slug}.txt. */
export const transcriptPath = (kind: string, locale: Locale, slug: string) =>
  `/feeds/${locale}/${kind}/${encodeURIComponent(slug)}.txt`

/** The extensions a feed's enclosure may have: the audio and video Siang stores. */
export const DOWNLOAD_EXTENSIONS = ['mp3', 'm4a', 'aac', 'ogg', 'opus', 'wav', 'mp4', 'webm', 'mov']

/**
 * A feed's enclosure: /feeds/{locale}/{kind}/{slug}.{extension}. It counts the download
 * (src/reach/podcastDownloads.ts), then sends the app to the file.
 */
export const downloadPath = (kind: string, locale: Locale, slug: string, extension: string) =>
  `/feeds/${locale}/${kind}/${encodeURIComponent(slug)}.${extension}`

const DOWNLOAD = new RegExp(`^/feeds/[^/]+/[^/]+/[^/]+\\.(${DOWNLOAD_EXTENSIONS.join('|')})$`, 'i')

export const isDownloadPath = (pathname: string) => DOWNLOAD.test(pathname)

/** A file name's extension, lower-case: `mp3` for `song.MP3`. */
export const extensionOf = (filename: string | null | undefined) =>
  /\.([a-z0-9]+)$/i.exec(filename ?? '')?.[1].toLowerCase() ?? ''
