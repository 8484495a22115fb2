/** Lao time and Lao formatting, shared by the site, the admin and the counters. */

/** Laos keeps UTC+7 all year. */
export const LAO_TIME_ZONE = 'Asia/Vientiane'

/** A day in Laos as `YYYY-MM-DD`: the committees' working day. */
export function laoDay(at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: LAO_TIME_ZONE }).format(at)
}

/** The `Intl` locale for a site or admin language. */
export const intlLocale = (language: string) => (language === 'lo' ? 'lo-LA' : 'en-GB')

/**
 * The instant of a Lao wall-clock time: `day` as `YYYY-MM-DD`, `time` as `HH:MM` (or `H:MM`,
 * with optional `:SS`, as spreadsheets write it). Null when either is not a real date or time.
 */
export function fromLaoTime(day: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim())
  const t = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim())
  if (!d || !t) return null
  const [year, month, date] = d.slice(1).map(Number)
  const [hours, minutes, seconds = 0] = t.slice(1).map((n) => Number(n ?? 0))
  if (hours > 23 || minutes > 59 || seconds > 59) return null
  const at = new Date(Date.UTC(year, month - 1, date, hours - 7, minutes, seconds))
  // Date.UTC rolls 2026-02-30 over into March: such a day does not exist.
  return laoDay(at) === day.trim() ? at : null
}

/**
 * The day `offset` days from today in Lao time, held inside today's month (the first or last
 * day when it would leave it), as `YYYY-MM-DD`: for demo work that the calendar opens on.
 */
export function laoDayThisMonth(offset: number, now = new Date()): string {
  const [year, month, day] = laoDay(now).split('-').map(Number)
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const kept = Math.min(Math.max(day + offset, 1), last)
  return `${year}-${String(month).padStart(2, '0')}-${String(kept).padStart(2, '0')}`
}
