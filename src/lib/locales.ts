export const locales = ['lo', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'lo'

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value)
}
