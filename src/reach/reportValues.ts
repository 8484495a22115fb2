/**
 * The values of a provincial reach report's fields, which the collection
 * (src/collections/ReachReports), the summary and the admin's reach views all name.
 */
import { glossary, pluralOf } from '../i18n/glossary'
import { ageBands as tableBands, type AgeBand } from '../lib/profile'

export const reportStatuses = ['draft', 'submitted', 'accepted'] as const
export type ReportStatus = (typeof reportStatuses)[number]

export const reportSexes = ['female', 'male', 'other'] as const
export type ReportSex = (typeof reportSexes)[number]
/**
 * The three age bands of the reports entered before the sex-by-age table; each holds whole
 * bands of the table (0–14; 15–19 and 20–24; 25 and over), so the table adds up into them.
 */
export const oldAgeBands = ['under15', 'from15to24', 'from25'] as const
export type OldAgeBand = (typeof oldAgeBands)[number]

/** The table's age bands (U-Report's, as the quizzes ask), and the field each is stored in. */
export { tableBands }
export const bandField: Record<AgeBand, string> = {
  '0-14': 'age0to14',
  '15-19': 'age15to19',
  '20-24': 'age20to24',
  '25-30': 'age25to30',
  '31-34': 'age31to34',
  '35+': 'age35plus',
}
export const oldBandOf: Record<AgeBand, OldAgeBand> = {
  '0-14': 'under15',
  '15-19': 'from15to24',
  '20-24': 'from15to24',
  '25-30': 'from25',
  '31-34': 'from25',
  '35+': 'from25',
}

/** A report's `reachedBySexAge` as read or sent: sex, then band field; anything may be missing. */
type Cells = unknown
const at = (table: Cells, sex: string, field: string) =>
  (table as Record<string, Record<string, unknown> | undefined> | null | undefined)?.[sex]?.[field]
const cell = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)

/** A report's sex-by-age table as numbers, sex by band; empty cells are 0. */
export function tableOf(table: Cells): Record<ReportSex, Record<AgeBand, number>> {
  return Object.fromEntries(
    reportSexes.map((sex) => [
      sex,
      Object.fromEntries(tableBands.map((band) => [band, cell(at(table, sex, bandField[band]))])),
    ]),
  ) as Record<ReportSex, Record<AgeBand, number>>
}

/** A report's count: a whole number, 0 or more (empty is no count yet). */
export const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0

/** Reports from this half-year on are entered in the table only; those before, either way. */
export const TABLE_FROM = '2026-H2'

/** Whether a report's table has figures: any cell above 0. */
export const hasTable = (table: Cells) =>
  reportSexes.some((sex) => tableBands.some((band) => cell(at(table, sex, bandField[band])) > 0))

/** The table added up by sex and into the old age bands: the report's totals. */
export function totalsOfTable(table: Cells) {
  const cells = tableOf(table)
  const reached = Object.fromEntries(
    reportSexes.map((sex) => [sex, tableBands.reduce((n, band) => n + cells[sex][band], 0)]),
  ) as Record<ReportSex, number>
  const reachedByAge = Object.fromEntries(oldAgeBands.map((b) => [b, 0])) as Record<
    OldAgeBand,
    number
  >
  for (const sex of reportSexes)
    for (const band of tableBands) reachedByAge[oldBandOf[band]] += cells[sex][band]
  return { reached, reachedByAge }
}

/** What a province hands out, as the report counts it. */
export const materialTypes = [
  { value: 'songs', label: pluralOf(glossary.song) },
  { value: 'dramas', label: pluralOf(glossary.drama) },
  { value: 'radio-spots', label: pluralOf(glossary.radioSpot) },
  { value: 'tv-spots', label: pluralOf(glossary.tvSpot) },
  { value: 'social-posts', label: pluralOf(glossary.socialPost) },
  { value: 'print', label: { en: 'Posters and leaflets', lo: 'ໂປສເຕີ ແລະ ໃບປິວ' } },
  { value: 'other', label: { en: 'Other', lo: 'ອື່ນໆ' } },
] as const

/**
 * Whether a report's people are those of its table: every report from TABLE_FROM, and an earlier
 * one once its table has figures. Else its totals are those entered by hand, in the old bands.
 */
export const usesTable = (period: unknown, table: Cells) =>
  (typeof period === 'string' && period >= TABLE_FROM) || hasTable(table)
