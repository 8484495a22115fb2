export const locales = ['lo', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'lo'

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value)
}

/**
 * Suffix of the old addresses of the data-saving variant, `/lo-lite/…`: they now redirect to the
 * page's one address (src/site/render/answer.tsx).
 */
export const LITE_SUFFIX = '-lite'

/** `lo` → {locale: 'lo', lite: false}; `en-lite` → {locale: 'en', lite: true}; else null. */
export function parseLocaleSegment(segment: string): { locale: Locale; lite: boolean } | null {
  const lite = segment.endsWith(LITE_SUFFIX)
  const locale = lite ? segment.slice(0, -LITE_SUFFIX.length) : segment
  return isLocale(locale) ? { locale, lite } : null
}

/** Whether a Save-Data header's value asks to save data (`on`). */
export const asksToSaveData = (value: unknown): boolean =>
  String(value ?? '')
    .trim()
    .toLowerCase() === 'on'

/** Whether a request comes from a phone in data-saver mode (`Save-Data: on`). */
export const sendsSaveData = (headers: Headers): boolean => asksToSaveData(headers.get('save-data'))
