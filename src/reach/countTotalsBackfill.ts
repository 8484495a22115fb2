/**
 * The counters' totals (`period-counts`, `day-counts`) worked out again from the daily rows, in
 * SQLite's SQL: for the migration that brought the totals in, and for the bench, which writes
 * its million daily rows straight into the database. A day's half-year is read off its date, as
 * periodOfDay (./periods.ts) does.
 */
export const countTotalsBackfill = [
  'DELETE FROM period_counts',
  'DELETE FROM day_counts',
  `INSERT INTO period_counts (period, type, slug, source, partner_id, views, plays)
   SELECT substr(day, 1, 4) || '-H' || (CASE WHEN substr(day, 6, 2) <= '06' THEN '1' ELSE '2' END),
          type, slug, source, partner_id, COALESCE(SUM(views), 0), COALESCE(SUM(plays), 0)
   FROM daily_counts GROUP BY 1, type, slug, source, partner_id`,
  `INSERT INTO day_counts (day, views, plays)
   SELECT day, COALESCE(SUM(views), 0), COALESCE(SUM(plays), 0) FROM daily_counts GROUP BY day`,
]
