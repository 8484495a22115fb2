/**
 * The help page's pure parts: the kinds of service in the directory, the messaging apps a
 * visitor can reach the hotline through, and the links that open them. No Payload, no i18n.
 */

/** Where the quick exit goes when the settings name nowhere: a plain weather page. */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.bbc.com/weather'

export const serviceKinds = [
  'shelter',
  'police',
  'womens-union',
  'legal-aid',
  'health',
  'embassy',
] as const
export type ServiceKind = (typeof serviceKinds)[number]

export const isServiceKind = (value: unknown): value is ServiceKind =>
  (serviceKinds as readonly unknown[]).includes(value)

export const messagingPlatforms = [
  'whatsapp',
  'messenger',
  'telegram',
  'line',
  'viber',
  'sms',
] as const
export type MessagingPlatform = (typeof messagingPlatforms)[number]

/** The apps' own names: the same in both languages. */
export const platformNames: Record<MessagingPlatform, string> = {
  whatsapp: 'WhatsApp',
  messenger: 'Messenger',
  telegram: 'Telegram',
  line: 'LINE',
  viber: 'Viber',
  sms: 'SMS',
}

/** Platforms reached by a phone number; the others by a name (a page, a user, a LINE id). */
const byNumber = new Set<MessagingPlatform>(['whatsapp', 'viber', 'sms'])

const digits = (value: string) => value.replace(/[^0-9]/g, '')

/** Whether `handle` can be reached on `platform`: a number, or a name of safe characters. */
export function isMessagingHandle(platform: MessagingPlatform, handle: string): boolean {
  const value = handle.trim()
  if (byNumber.has(platform)) return /^\+?[0-9][0-9 -]{1,18}$/.test(value)
  return /^@?[A-Za-z0-9._-]{1,64}$/.test(value)
}

/** The link that opens the app on the handle: wa.me, m.me, t.me, line.me, viber://, sms:. */
export function messagingHref(
  platform: MessagingPlatform,
  handle: string,
  keyword?: string | null,
): string {
  const name = encodeURIComponent(handle.trim().replace(/^@/, ''))
  switch (platform) {
    case 'whatsapp':
      return `https://wa.me/${digits(handle)}`
    case 'messenger':
      return `https://m.me/${name}`
    case 'telegram':
      return `https://t.me/${name}`
    case 'line':
      return `https://line.me/R/ti/p/${encodeURIComponent(handle.trim())}`
    case 'viber':
      return `viber://chat?number=${encodeURIComponent(`+${digits(handle)}`)}`
    case 'sms': {
      const number = handle.trim().startsWith('+') ? `+${digits(handle)}` : digits(handle)
      return keyword?.trim()
        ? `sms:${number}?body=${encodeURIComponent(keyword.trim())}`
        : `sms:${number}`
    }
  }
}

/** "Open in maps": a geo: URI that phones hand to their maps app, searching the address. */
export const geoHref = (address: string): string =>
  `geo:0,0?q=${encodeURIComponent(address.replace(/\s+/g, ' ').trim())}`

/**
 * The quick exit's target: https, or http on this machine (tests). Anything else is refused,
 * so that the link never leads to a script or a data: page.
 */
export function isQuickExitUrl(value: string): boolean {
  try {
    const url = new URL(value)
    if (url.protocol === 'https:') return true
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  } catch {
    return false
  }
}
