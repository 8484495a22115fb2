/**
 * The admin's languages: Lao first (Siang's own translation of every Payload key, ./lo.ts), then
 * Payload's English, and Siang's own strings in both (./siang.ts).
 *
 * Payload's types list only the languages it ships, and Lao is not among them: the casts that
 * adding Lao needs are in ./casts.ts.
 */
import type { DefaultTranslationsObject, I18nOptions, Language } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { asSupportedLanguages, asTranslations, sayWith, type PayloadT } from './casts'
import { lexicalLo } from './lexical'
import { loTranslations } from './lo'
import { siangStrings, type Say } from './siang'

export const adminLanguages = ['lo', 'en'] as const
export type AdminLanguage = (typeof adminLanguages)[number]

/**
 * date-fns has no Lao, and Payload loads a date-fns locale only by key: 'th' is answered with
 * Siang's Lao locale (./dateFnsKey.ts explains how).
 */
export const lo: Language<DefaultTranslationsObject> = {
  dateFNSKey: 'th',
  translations: loTranslations,
}

/** The cookie in which Payload keeps the admin language (`{cookiePrefix}-lng`). */
export const LANGUAGE_COOKIE = 'payload-lng'

/**
 * Lao is offered first, and a browser that asks for it gets it (src/proxy.ts sets the cookie on
 * /admin). Requests that name no language at all, such as a script calling the REST API or the
 * job runner, get English messages: the language of API clients and logs.
 */
export const adminI18n: I18nOptions = {
  supportedLanguages: asSupportedLanguages({ lo, en }),
  fallbackLanguage: 'en',
  translations: asTranslations({ en: siangStrings.en, lo: { ...siangStrings.lo, ...lexicalLo } }),
}

/**
 * The admin language a browser asks for, by its Accept-Language weights (`lo-LA` counts as
 * `lo`); undefined when it names neither.
 */
export function preferredAdminLanguage(header: string | null): AdminLanguage | undefined {
  if (!header) return undefined
  const asked = header
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const weight = q ? Number(q.slice(2)) : 1
      return { base: tag.split('-')[0], weight: Number.isFinite(weight) ? weight : 0, order }
    })
    .filter((a) => a.weight > 0 && (adminLanguages as readonly string[]).includes(a.base))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
  return asked[0]?.base as AdminLanguage | undefined
}

/**
 * Siang's own strings (./siang.ts) in the language of a request, or of a server component's
 * `i18n`. Its `t` is read at each call, not once, as a helper may be handed the request early.
 */
export const sayFor =
  (i18n: { t: PayloadT }): Say =>
  (key, vars) =>
    sayWith(i18n.t)(key, vars)

/**
 * A collection's label in one language (`singular` or `plural`), from its `{ en, lo }` labels;
 * its slug when it has none, never "undefined".
 */
export function collectionLabel(
  payload: { collections: Record<string, { config: { labels: Record<string, unknown> } }> },
  slug: string,
  language: string,
  which: 'singular' | 'plural' = 'singular',
): string {
  const label = payload.collections[slug]?.config.labels[which]
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const text = (label as Record<string, unknown>)[language]
    if (typeof text === 'string') return text
  }
  return slug
}
