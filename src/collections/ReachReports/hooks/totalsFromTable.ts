import type { CollectionBeforeValidateHook } from 'payload'
import {
  hasTable,
  isCount,
  reportSexes,
  tableBands,
  tableOf,
  totalsOfTable,
  usesTable,
} from '../../../reach/reportValues'

type Table = Record<string, Record<string, unknown> | null | undefined>

/**
 * A report whose people are in the sex-by-age table (usesTable) gets its totals by sex and by the
 * three old age bands from the table, whatever was sent for them: they are the table added up,
 * 0 when it is cleared. A report of before the table without figures in it keeps the totals
 * entered by hand. Before validation, so the totals are checked as the stored report will hold
 * them; a cell that is no count is refused on its own field, and the totals wait for it.
 */
export const totalsFromTable: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const sent = (data.reachedBySexAge ?? {}) as Table
  const stored = (originalDoc?.reachedBySexAge ?? {}) as Table
  const table = Object.fromEntries(
    reportSexes.map((sex) => [sex, { ...stored[sex], ...sent[sex] }]),
  )
  const period = data.period ?? originalDoc?.period
  if (!usesTable(period, table) && !hasTable(stored)) return data
  const cells = tableOf(table)
  if (!reportSexes.every((sex) => tableBands.every((band) => isCount(cells[sex][band]))))
    return data
  return { ...data, ...totalsOfTable(table) }
}
