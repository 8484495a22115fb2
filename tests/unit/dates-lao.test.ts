import { describe, expect, it } from '@jest/globals'
import { addDays, format, formatDistance, formatRelative, parse } from 'date-fns'
import { lo } from '@/i18n/dateFnsLao'
import { formatDate } from '@/i18n/dates'

const laoMonths = [
  'ມັງກອນ',
  'ກຸມພາ',
  'ມີນາ',
  'ເມສາ',
  'ພຶດສະພາ',
  'ມິຖຸນາ',
  'ກໍລະກົດ',
  'ສິງຫາ',
  'ກັນຍາ',
  'ຕຸລາ',
  'ພະຈິກ',
  'ທັນວາ',
]
const laoDays = ['ວັນອາທິດ', 'ວັນຈັນ', 'ວັນອັງຄານ', 'ວັນພຸດ', 'ວັນພະຫັດ', 'ວັນສຸກ', 'ວັນເສົາ']
const english =
  /January|February|March|April|May|June|July|August|September|October|November|December|AM|PM|ago|minute/

describe("date-fns's Lao locale", () => {
  it('names every month and every day of the week in Lao', () => {
    expect(laoMonths.map((_, m) => format(new Date(2026, m, 15), 'MMMM', { locale: lo }))).toEqual(
      laoMonths,
    )
    // 2026-12-06 is a Sunday.
    expect(
      laoDays.map((_, d) => format(new Date(2026, 11, 6 + d), 'EEEE', { locale: lo })),
    ).toEqual(laoDays)
    expect(format(new Date(2026, 11, 6), 'MMM', { locale: lo })).toBe('ທ.ວ.')
  })

  it("writes 'PPP p' as day, Lao month, year and a 24-hour time", () => {
    const at = new Date(2026, 11, 6, 21, 2)
    expect(format(at, 'PPP p', { locale: lo })).toBe('6 ທັນວາ 2026 21:02')
    expect(format(at, 'PPPPp', { locale: lo })).toBe('ວັນອາທິດ 6 ທັນວາ 2026, 21:02')
    expect(format(at, 'h:mm a', { locale: lo })).toBe('9:02 ຫຼັງທ່ຽງ')
    expect(format(at, 'PPPppp', { locale: lo })).not.toMatch(english)
  })

  it('says how long ago in Lao, with the suffix only when asked for', () => {
    const now = new Date(2026, 11, 6, 9, 0)
    const ago = (ms: number, addSuffix = false) =>
      formatDistance(new Date(now.getTime() - ms), now, { locale: lo, addSuffix })
    expect(ago(20_000)).toBe('ບໍ່ຮອດໜຶ່ງນາທີ')
    expect(ago(5 * 60_000)).toBe('5 ນາທີ')
    expect(ago(3 * 3_600_000)).toBe('ປະມານ 3 ຊົ່ວໂມງ')
    expect(ago(3 * 86_400_000)).toBe('3 ມື້')
    expect(ago(5 * 60_000, true)).toBe('5 ນາທີກ່ອນ')
    expect(formatDistance(addDays(now, 2), now, { locale: lo, addSuffix: true })).toBe('ໃນອີກ 2 ມື້')
  })

  it('writes relative days in Lao', () => {
    const now = new Date(2026, 11, 6, 9, 0)
    expect(formatRelative(addDays(now, -1), now, { locale: lo })).toBe('ມື້ວານ ເວລາ 9:00')
    expect(formatRelative(addDays(now, 1), now, { locale: lo })).toBe('ມື້ອື່ນ ເວລາ 9:00')
    expect(formatRelative(addDays(now, 30), now, { locale: lo })).toBe('5/1/2027')
  })

  it('starts the week on Sunday, as Laos does', () => {
    expect(lo.options?.weekStartsOn).toBe(0)
  })

  it('reads back the dates it writes', () => {
    const at = new Date(2026, 6, 14, 16, 45)
    for (const pattern of ['d MMMM y HH:mm', 'EEEE d MMM y h:mm a', 'do MMMM y']) {
      const text = format(at, pattern, { locale: lo })
      const back = parse(text, pattern, new Date(2000, 0, 1), { locale: lo })
      expect(format(back, pattern, { locale: lo })).toBe(text)
    }
    expect(parse('14 ກໍລະກົດ 2026', 'd MMMM y', new Date(), { locale: lo }).getMonth()).toBe(6)
  })
})

describe('formatDate (every date Siang writes in the admin)', () => {
  const at = '2026-12-06T02:02:00Z'

  it('writes Lao time in Lao words, whatever the machine’s zone', () => {
    expect(formatDate(at, 'lo', 'longDateTime')).toBe('6 ທັນວາ 2026, 9:02')
    expect(formatDate(at, 'lo', 'dateTime')).toBe('6 ທ.ວ. 2026, 9:02')
    expect(formatDate('2026-12-01T00:00:00Z', 'lo', 'month', 'UTC')).toBe('ທັນວາ 2026')
  })

  it('writes English for the English admin', () => {
    expect(formatDate(at, 'en', 'longDateTime')).toBe('6 December 2026 at 09:02')
    expect(formatDate(at, 'en', 'day')).toBe('6 December 2026')
  })
})
