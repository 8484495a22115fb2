/**
 * Payload's i18n types know only the languages and keys Payload ships: not Lao, and not Siang's
 * own `siang:` strings. Every cast that widens them is here and nowhere else. No runtime
 * imports, so the admin's client components can use it too.
 */
import type { I18nOptions, TFunction } from '@payloadcms/translations'

/** A `t` that takes any key: Payload's own (`general:save`) or Siang's (`siang:workflowTitle`). */
export type AnyKeyT = (key: string, vars?: Record<string, unknown>) => string

export const anyKey = (t: TFunction | ((...args: never[]) => string)): AnyKeyT =>
  t as unknown as AnyKeyT

/** Languages keyed by codes Payload does not list (`lo`). */
export const asSupportedLanguages = (languages: Record<string, unknown>) =>
  languages as unknown as I18nOptions['supportedLanguages']

/** Extra strings for languages Payload does not list. */
export const asTranslations = (translations: Record<string, unknown>) =>
  translations as unknown as I18nOptions['translations']
