/**
 * The link-preview picture of a page that has none of its own (and whose campaign has none):
 * 1200×630, made from the site settings: the site's name, its tagline and the first hotline, in
 * the page's language, set in Noto Sans Lao (the font the site ships) by sharp.
 */
import path from 'node:path'
import sharp from 'sharp'
import type { Locale } from '@/lib/locales'
import type { SiteSetting } from '@/payload-types'
import { siteStrings } from './strings'
import { escapeMarkup } from '@/lib/markup'

export const CARD = { width: 1200, height: 630 }
const BRAND = '#0b3d5c'
const ACCENT = '#ffbf47'

/** FreeType reads WOFF; the package has no TTF. */
const font = (weight: 400 | 700) =>
  path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    'node_modules/@fontsource/noto-sans-lao/files',
    `noto-sans-lao-lao-${weight}-normal.woff`,
  )

/** One line of text, at most `width` wide (it wraps within), as a transparent PNG. */
function line(text: string, size: number, weight: 400 | 700, colour: string, width: number) {
  return sharp({
    text: {
      text: `<span foreground="${colour}">${escapeMarkup(text)}</span>`,
      font: `Noto Sans Lao ${size}`,
      fontfile: font(weight),
      width,
      dpi: 72,
      rgba: true,
      wrap: 'word-char',
    },
  })
    .png()
    .toBuffer()
}

export async function shareCard(
  locale: Locale,
  settings: Pick<SiteSetting, 'hotlines'>,
): Promise<Buffer> {
  const strings = siteStrings(locale)
  const hotline = settings.hotlines?.[0]
  const margin = 80
  const width = CARD.width - 2 * margin
  const [name, tagline, call] = await Promise.all([
    line(strings.siteName, 120, 700, 'white', width),
    line(strings.tagline, 52, 400, 'white', width),
    hotline ? line(`${hotline.label} ${hotline.number}`, 60, 700, ACCENT, width) : null,
  ])
  const layers = [
    { input: name, top: 110, left: margin },
    { input: tagline, top: 290, left: margin },
    ...(call ? [{ input: call, top: 440, left: margin }] : []),
  ]
  return sharp({ create: { ...CARD, channels: 3, background: BRAND } })
    .composite(layers)
    .png({ compressionLevel: 9 })
    .toBuffer()
}
