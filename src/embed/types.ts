/**
 * What can be embedded, and the embed code for it. No server imports: the admin's embed-code
 * field uses this too.
 */
import { escapeMarkup } from '@/lib/markup'

/** What plays: the player page (src/embed/page.tsx). */
export const playerTypes = {
  songs: { collection: 'songs', kind: 'audio' },
  episodes: { collection: 'episodes', kind: 'video' },
  'radio-spots': { collection: 'radio-spots', kind: 'audio' },
  'tv-spots': { collection: 'tv-spots', kind: 'video' },
} as const

/** What is answered: the quiz or poll page (src/embed/answerPage.tsx). */
export const answerTypes = {
  quizzes: { collection: 'quizzes', kind: 'quiz' },
  polls: { collection: 'polls', kind: 'poll' },
} as const

export const embedTypes = { ...playerTypes, ...answerTypes } as const

export type EmbedType = keyof typeof embedTypes
export type PlayerType = keyof typeof playerTypes
export type AnswerType = keyof typeof answerTypes
export type EmbedKind = (typeof embedTypes)[EmbedType]['kind']

export function isEmbedType(value: string): value is EmbedType {
  return Object.hasOwn(embedTypes, value)
}

export function isPlayerType(value: string): value is PlayerType {
  return Object.hasOwn(playerTypes, value)
}

/** The embed type of a collection, if it has one (a player, a quiz or a poll). */
export function embedTypeOf(collection: string): EmbedType | undefined {
  return (Object.keys(embedTypes) as EmbedType[]).find(
    (t) => embedTypes[t].collection === collection,
  )
}

/** The player's bar under the video, in CSS pixels. */
export const BAR_HEIGHT = 64
/**
 * The height of what is not a video: the audio player whole; a quiz shows one question at a time
 * and a poll its options, with the "about you" questions at the end, scrolling inside the frame
 * when they are longer (and saying their height to the partner's page, src/embed/answerPage.tsx).
 */
export const FIXED_HEIGHT = { audio: 136, quiz: 560, poll: 520 } as const
export const DEFAULT_WIDTH = { audio: 480, video: 640, quiz: 480, poll: 480 } as const

/**
 * The iframe's size within `maxwidth` and `maxheight` (oEmbed): video keeps 16:9 plus the bar;
 * everything else is a fixed height.
 */
export function embedSize(
  kind: EmbedKind,
  maxwidth?: number,
  maxheight?: number,
): { width: number; height: number } {
  let width = Math.min(DEFAULT_WIDTH[kind], maxwidth && maxwidth > 0 ? maxwidth : Infinity)
  if (kind !== 'video') {
    const height = Math.min(FIXED_HEIGHT[kind], maxheight && maxheight > 0 ? maxheight : Infinity)
    return { width: Math.max(1, Math.floor(width)), height: Math.max(1, Math.floor(height)) }
  }
  const heightOf = (w: number) => Math.round((w * 9) / 16) + BAR_HEIGHT
  if (maxheight && maxheight > 0 && heightOf(width) > maxheight)
    width = Math.max(1, ((maxheight - BAR_HEIGHT) * 16) / 9)
  width = Math.max(1, Math.floor(width))
  return {
    width,
    height: Math.min(heightOf(width), maxheight && maxheight > 0 ? maxheight : Infinity),
  }
}

/**
 * What an embed's address carries besides its item: its language (Lao by default), the partner
 * of its embed code, its theme, and, for the embed's own links and forms, `host`, the partner's
 * origin framing it (src/embed/framing.ts), which a page opened from inside the frame cannot
 * learn from its Referer.
 */
export type EmbedAddress = {
  lang?: string
  partner?: string
  theme?: 'light' | 'dark'
  host?: string
}

/** The query of an embed's address, without its `?`; empty for the defaults. */
export function embedQuery(options: EmbedAddress = {}): string {
  const query = new URLSearchParams()
  if (options.lang && options.lang !== 'lo') query.set('lang', options.lang)
  if (options.partner) query.set('partner', options.partner)
  if (options.theme === 'dark') query.set('theme', 'dark')
  if (options.host) query.set('host', options.host)
  return query.toString()
}

/**
 * The query a quiz's or poll's form adds to its endpoint's address in an embed: `embed=1` and
 * the embed's options, so that the endpoint sends the visitor back to it (src/answers/read.ts).
 */
export const embedSendQuery = (options: EmbedAddress) => {
  const query = embedQuery(options)
  return `embed=1${query ? `&${query}` : ''}`
}

/** The path of an embed: `/embed/{type}/{slug}`, with its options. */
export function embedPath(type: EmbedType, slug: string, options: EmbedAddress = {}): string {
  const query = embedQuery(options)
  return `/embed/${type}/${encodeURIComponent(slug)}${query ? `?${query}` : ''}`
}

/** The address of an embed: `{origin}/embed/{type}/{slug}`, with its options. */
export function embedUrl(
  origin: string,
  type: EmbedType,
  slug: string,
  options: EmbedAddress = {},
): string {
  return new URL(embedPath(type, slug, options), origin).href
}

/** The hotline an embed shows. */
export type Hotline = { number: string; label: string } | undefined

/**
 * The `<iframe>` a partner pastes into its page, and the oEmbed `html`. It fills a narrow column
 * (a phone) and grows no wider than its `width`: video keeps its shape (aspect-ratio, the height
 * follows the width), audio its height.
 *
 * WordPress keeps the style and `allow` only with the plugin (integrations/wordpress): without it,
 * only the width and height attributes survive. So the oEmbed `html` (`fluid`) says
 * `width="100%"`, as SoundCloud's does: the frame then fits a 360 px phone in any theme, and the
 * oEmbed answer's own `width` and `height` give its size in pixels. The code staff copy keeps a
 * width in pixels, which HTML requires, with the style doing the fitting.
 */
export function embedCode(
  origin: string,
  type: EmbedType,
  slug: string,
  title: string,
  options: {
    lang?: string
    partner?: string
    maxwidth?: number
    maxheight?: number
    fluid?: boolean
  } = {},
): string {
  const video = embedTypes[type].kind === 'video'
  const { width, height } = embedSize(embedTypes[type].kind, options.maxwidth, options.maxheight)
  const style = video
    ? `border:0;width:100%;max-width:${width}px;height:auto;aspect-ratio:${width}/${height}`
    : `border:0;width:100%;max-width:${width}px`
  const allow = video
    ? ' allow="autoplay; fullscreen" allowfullscreen'
    : isPlayerType(type)
      ? ' allow="autoplay"'
      : ''
  return (
    `<iframe src="${escapeMarkup(embedUrl(origin, type, slug, options))}"` +
    ` width="${options.fluid ? '100%' : width}" height="${height}"` +
    ` title="${escapeMarkup(title)}" loading="lazy" style="${style}"${allow}></iframe>`
  )
}
