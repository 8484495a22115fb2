/**
 * Every date Siang writes in the admin, in either language, through date-fns and Siang's Lao
 * locale (./dateFnsLao). Not `Intl`: Chromium's ICU has no Lao and writes `lo-LA` dates in
 * English, and a component rendered by Node (which has Lao) then again in the browser would
 * disagree with itself.
 */
import { TZDate } from '@date-fns/tz'
import { format, type Locale } from 'date-fns'
import { enGB } from 'date-fns/locale/en-GB'
import { LAO_TIME_ZONE } from '@/lib/laoTime'
import { lo } from './dateFnsLao'

/** The date-fns locale for an admin or site language. */
export const dateLocale = (language: string): Locale => (language === 'lo' ? lo : enGB)

/** Siang's date shapes, as date-fns patterns. */
export const datePatterns = {
  /** 6 ທັນວາ 2026 */
  day: 'PPP',
  /** 6 ທ.ວ. 2026, 9:02 */
  dateTime: 'PPp',
  /** 6 ທັນວາ 2026, 9:02 */
  longDateTime: 'PPPp',
  /** 9:02 */
  time: 'p',
  /** ທັນວາ 2026 */
  month: 'LLLL y',
  /** ຈັນ */
  weekday: 'EEE',
} as const
export type DatePattern = keyof typeof datePatterns

/**
 * A date in a language's words, on Lao time unless another zone is named (`'UTC'` for a day or
 * month held as midnight UTC).
 */
export function formatDate(
  value: Date | string | number,
  language: string,
  pattern: DatePattern,
  timeZone: string = LAO_TIME_ZONE,
): string {
  const at = new TZDate(new Date(value).getTime(), timeZone)
  return format(at, datePatterns[pattern], { locale: dateLocale(language) })
}
