/** Reporting periods are half-years, as the committees report: `2020-H1` (January to June), `2020-H2`. */
export const PERIOD = /^(\d{4})-H([12])$/

/** The first and last instant of a period, in UTC; null when it is not a period. */
export function periodRange(period: string): { from: Date; to: Date } | null {
  const m = PERIOD.exec(period)
  if (!m) return null
  const year = Number(m[1])
  const firstMonth = m[2] === '1' ? 0 : 6
  return {
    from: new Date(Date.UTC(year, firstMonth, 1)),
    to: new Date(Date.UTC(year, firstMonth + 6, 1) - 1),
  }
}

/** The period a date falls in: `2026-H2` for 28 November 2026. */
export const periodOf = (date: Date): string =>
  `${date.getUTCFullYear()}-H${date.getUTCMonth() < 6 ? 1 : 2}`
