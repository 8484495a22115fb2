import { laoDay } from '../lib/laoTime'

/** Reporting periods are half-years, as the committees report: `2020-H1` (January to June), `2020-H2`. */
export const PERIOD = /^(\d{4})-H([12])$/

export type PeriodRange = {
  period: string
  /** The first and last day, in Lao time: `2020-01-01`, `2020-06-30`. */
  firstDay: string
  lastDay: string
  /** The instants the period starts and ends (exclusive), Lao midnight. */
  from: Date
  to: Date
}

/** The days and instants of a period, or null when `period` is not `YYYY-H1|H2`. */
export function periodRange(period: string): PeriodRange | null {
  const match = PERIOD.exec(period)
  if (!match) return null
  const year = Number(match[1])
  const first = match[2] === '1'
  const next = first ? `${year}-07-01` : `${year + 1}-01-01`
  return {
    period,
    firstDay: first ? `${year}-01-01` : `${year}-07-01`,
    lastDay: first ? `${year}-06-30` : `${year}-12-31`,
    from: new Date(`${first ? `${year}-01-01` : `${year}-07-01`}T00:00:00+07:00`),
    to: new Date(`${next}T00:00:00+07:00`),
  }
}

/** The half-year that holds `at`, in Lao time. */
export function periodOf(at = new Date()): string {
  const [year, month] = laoDay(at).split('-').map(Number)
  return `${year}-H${month <= 6 ? 1 : 2}`
}

/**
 * The half-year of a Lao day written `YYYY-MM-DD` (`2020-06-30` is in `2020-H1`), read off the date
 * as the counters' SQL backfill reads it (src/reach/countTotalsBackfill.ts).
 */
export const periodOfDay = (day: string) => `${day.slice(0, 4)}-H${day.slice(5, 7) <= '06' ? 1 : 2}`
