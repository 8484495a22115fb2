/**
 * Payload's i18n types know only the languages and keys Payload ships: not Lao, and not Siang's
 * own `siang:` strings. Every cast that widens them is here and nowhere else. No runtime
 * imports, so the admin's client components can use it too.
 */
import type { I18nOptions, TFunction } from '@payloadcms/translations'
import type { Say } from './siang'

/** Payload's `t`, from a request, a server component's `i18n` or `useTranslation()`. */
export type PayloadT = TFunction | ((...args: never[]) => string)

/**
 * Siang's own strings (./siang.ts) through Payload's `t`, so in the admin's language. Keys are
 * typed here, as `SiangKey`; Payload's types would refuse them, as they list only its own.
 */
export const sayWith =
  (t: PayloadT): Say =>
  (key, vars) =>
    (t as unknown as (key: string, vars?: Record<string, unknown>) => string)(`siang:${key}`, vars)

/** Languages keyed by codes Payload does not list (`lo`). */
export const asSupportedLanguages = (languages: Record<string, unknown>) =>
  languages as unknown as I18nOptions['supportedLanguages']

/** Extra strings for languages Payload does not list. */
export const asTranslations = (translations: Record<string, unknown>) =>
  translations as unknown as I18nOptions['translations']
