/**
 * The web app manifest, one per language (`/manifest/{locale}.webmanifest`): what a phone shows
 * when the site is added to its home screen. No Payload imports.
 */
import type { Locale } from '@/lib/locales'
import { siteStrings } from '@/site/strings'
import { appIcons, THEME_COLOR } from './appIcons'

/** The page's ground (src/site/assets/site.css, --paper): the splash screen's. */
const BACKGROUND_COLOR = '#ffffff'

export const manifestPath = (locale: Locale) => `/manifest/${locale}.webmanifest`

export function webManifest(locale: Locale) {
  const s = siteStrings(locale)
  return {
    id: '/',
    name: `${s.siteName}: ${s.tagline}`,
    short_name: s.siteName,
    description: s.tagline,
    lang: locale,
    dir: 'ltr',
    start_url: `/${locale}`,
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: appIcons.map((icon) => ({
      src: icon.path,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.maskable ? 'maskable' : 'any',
    })),
  }
}
