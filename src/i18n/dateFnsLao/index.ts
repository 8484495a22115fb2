/**
 * date-fns's Lao locale, which date-fns does not ship: month and day names, the parts of the day,
 * "5 ນາທີກ່ອນ" and "ໃນອີກ 3 ຊົ່ວໂມງ" (CLDR's wording), and CLDR's date and time formats (24-hour
 * clock, day before month). The week starts on Sunday, as CLDR has it for Laos.
 *
 * Built as date-fns builds its own locales (see date-fns/locale/th), with the few helpers that
 * date-fns keeps private written out here.
 */
import type { FormatDistanceToken, FormatLong, Locale, Localize } from 'date-fns'
import { match } from './match'
import { dayPeriods, days, eras, months, quarters, type Width } from './words'

type One = { one: string; other: string }
const distances: Record<FormatDistanceToken, One | string> = {
  lessThanXSeconds: { one: 'ບໍ່ຮອດໜຶ່ງວິນາທີ', other: 'ບໍ່ຮອດ {{count}} ວິນາທີ' },
  xSeconds: '{{count}} ວິນາທີ',
  halfAMinute: 'ເຄິ່ງນາທີ',
  lessThanXMinutes: { one: 'ບໍ່ຮອດໜຶ່ງນາທີ', other: 'ບໍ່ຮອດ {{count}} ນາທີ' },
  xMinutes: '{{count}} ນາທີ',
  aboutXHours: 'ປະມານ {{count}} ຊົ່ວໂມງ',
  xHours: '{{count}} ຊົ່ວໂມງ',
  xDays: '{{count}} ມື້',
  aboutXWeeks: 'ປະມານ {{count}} ອາທິດ',
  xWeeks: '{{count}} ອາທິດ',
  aboutXMonths: 'ປະມານ {{count}} ເດືອນ',
  xMonths: '{{count}} ເດືອນ',
  aboutXYears: 'ປະມານ {{count}} ປີ',
  xYears: '{{count}} ປີ',
  overXYears: 'ຫຼາຍກວ່າ {{count}} ປີ',
  almostXYears: 'ເກືອບ {{count}} ປີ',
}

/**
 * Without a suffix the distance stands alone, for Payload's "ບັນທຶກຫຼ້າສຸດເມື່ອ {{distance}}ກ່ອນ"
 * (src/i18n/lo.ts), which says "ago" itself.
 */
const formatDistance: Locale['formatDistance'] = (token, count, options) => {
  const entry = distances[token]
  const template = typeof entry === 'string' ? entry : count === 1 ? entry.one : entry.other
  const result = template.replace('{{count}}', String(count))
  if (!options?.addSuffix) return result
  return options.comparison && options.comparison > 0 ? `ໃນອີກ ${result}` : `${result}ກ່ອນ`
}

const relative = {
  lastWeek: "eeee'ທີ່ແລ້ວ ເວລາ' p",
  yesterday: "'ມື້ວານ ເວລາ' p",
  today: "'ມື້ນີ້ ເວລາ' p",
  tomorrow: "'ມື້ອື່ນ ເວລາ' p",
  nextWeek: "eeee'ໜ້າ ເວລາ' p",
  other: 'P',
} as const
const formatRelative: Locale['formatRelative'] = (token) => relative[token]

const widths = <T extends Record<'full' | 'long' | 'medium' | 'short', string>>(
  formats: T,
  fallback: keyof T,
) => {
  return (options: { width?: string } = {}) =>
    formats[(options.width as keyof T) in formats ? (options.width as keyof T) : fallback]
}

const formatLong: FormatLong = {
  date: widths(
    { full: 'EEEE d MMMM y', long: 'd MMMM y', medium: 'd MMM y', short: 'd/M/y' },
    'full',
  ),
  time: widths(
    { full: 'H:mm:ss zzzz', long: 'H:mm:ss z', medium: 'H:mm:ss', short: 'H:mm' },
    'medium',
  ),
  dateTime: widths(
    {
      full: '{{date}}, {{time}}',
      long: '{{date}}, {{time}}',
      medium: '{{date}}, {{time}}',
      short: '{{date}}, {{time}}',
    },
    'full',
  ),
}

/** One of a set of names, by the width asked for (falling back to the given default). */
function named<N extends Partial<Record<Width, readonly string[]>>>(names: N, fallback: keyof N) {
  return (index: number, options?: { width?: string }) => {
    const width = options?.width && options.width in names ? options.width : fallback
    return (names[width as keyof N] as readonly string[])[index]
  }
}

type Period = keyof (typeof dayPeriods)['wide']
const localize: Localize = {
  ordinalNumber: (value) => `ທີ ${Number(value)}`,
  era: named(eras, 'wide'),
  quarter: (quarter, options) => named(quarters, 'wide')(Number(quarter) - 1, options),
  month: named(months, 'wide'),
  day: named(days, 'wide'),
  dayPeriod: (period, options) => {
    const width = options?.width && options.width in dayPeriods ? options.width : 'wide'
    return dayPeriods[width as keyof typeof dayPeriods][period as Period]
  },
}

export const lo: Locale = {
  code: 'lo',
  formatDistance,
  formatRelative,
  formatLong,
  localize,
  match,
  options: { weekStartsOn: 0, firstWeekContainsDate: 1 },
}
