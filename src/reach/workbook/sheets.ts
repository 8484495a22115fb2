/**
 * How the workbook's sheets are written (exceljs): a frozen header row in Lao and English, numbers
 * as numbers, shares with a per cent format, days as dates, and every text cell neutralised as the
 * CSV's are, so that a name such as `=HYPERLINK(…)` never runs.
 */
import type ExcelJS from 'exceljs'
import type { Bilingual } from '../../i18n/bilingual'
import { sayIn, type SiangKey } from '../../i18n/siang'
import { spreadsheetSafe } from '../../lib/csv'

type Cell = string | number | Date | null | undefined
export type Column<R> = {
  header: Bilingual
  value: (row: R) => Cell
  format?: string
  width?: number
}

export const PERCENT = '0.0%'
export const DAY = 'yyyy-mm-dd'

/** A share 0–100 (or a fraction 0–1 with `fraction`) as a fraction, for the per cent format. */
export const share = (value: number | null | undefined, fraction = false) =>
  value === null || value === undefined ? null : fraction ? value : value / 100

/** A day written `YYYY-MM-DD` as the date a spreadsheet shows for it. */
export const day = (value: string) => new Date(`${value}T00:00:00Z`)

/** Lao, then English, in one cell. */
export const both = (words: Bilingual | undefined) => (words ? `${words.lo} / ${words.en}` : null)

/** A word of the admin's dictionary, in both languages. */
export const wordsOf = (key: SiangKey, vars?: Record<string, unknown>): Bilingual => ({
  lo: sayIn('lo')(key, vars),
  en: sayIn('en')(key, vars),
})

export function addSheet<R>(book: ExcelJS.Workbook, name: string, columns: Column<R>[], rows: R[]) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c, i) => ({
    key: String(i),
    width: c.width ?? 16,
    style: c.format ? { numFmt: c.format } : {},
  }))
  const header = sheet.addRow(columns.map((c) => both(c.header)))
  header.font = { bold: true }
  header.alignment = { wrapText: true, vertical: 'top' }
  for (const row of rows)
    sheet.addRow(
      columns.map((c) => {
        const value = c.value(row)
        return value === undefined ? null : (spreadsheetSafe(value) as Cell)
      }),
    )
  return sheet
}
