/**
 * People by sex and age: the table's six bands, from the reports entered in it; then the reports
 * made before it, in their three old bands, labelled as such (their sexes by age are not known).
 */
import type ExcelJS from 'exceljs'
import type { Bilingual } from '../../i18n/bilingual'
import { ageBandWords } from '../../i18n/glossary'
import { tableBands } from '../reportValues'
import type { ReachSummary } from '../summary'
import { addSheet, both, wordsOf } from './sheets'

type Row = {
  bands: Bilingual
  age: Bilingual
  female?: number
  male?: number
  other?: number
  total: number
}

function rowsOf(reached: ReachSummary['reached']): Row[] {
  const { cells, reports } = reached.bySexAge
  const table: Bilingual = {
    lo: `ຕາຕະລາງເພດ × ອາຍຸ (${reports} ບົດລາຍງານ)`,
    en: `Sex × age table (${reports} ${reports === 1 ? 'report' : 'reports'})`,
  }
  const rows: Row[] = tableBands.map((band) => ({
    bands: table,
    age: ageBandWords[band],
    female: cells.female[band],
    male: cells.male[band],
    other: cells.other[band],
    total: cells.female[band] + cells.male[band] + cells.other[band],
  }))
  const old = reached.oldBands
  const before = wordsOf('reachOldBands', { count: old.reports })
  rows.push(
    { bands: before, age: wordsOf('reachUnder15'), total: old.under15 },
    { bands: before, age: wordsOf('reach15to24'), total: old.from15to24 },
    { bands: before, age: wordsOf('reach25'), total: old.from25 },
    {
      bands: before,
      age: wordsOf('reachAllAges'),
      female: old.female,
      male: old.male,
      other: old.other,
      total: old.total,
    },
  )
  return rows
}

export function addSexAgeSheet(book: ExcelJS.Workbook, reached: ReachSummary['reached']) {
  addSheet(
    book,
    'Sex and age ເພດ ແລະ ອາຍຸ',
    [
      { header: { lo: 'ຊ່ວງອາຍຸ', en: 'Bands' }, value: (r) => both(r.bands), width: 48 },
      { header: { lo: 'ອາຍຸ', en: 'Age' }, value: (r) => both(r.age), width: 24 },
      { header: wordsOf('reachFemale'), value: (r) => r.female },
      { header: wordsOf('reachMale'), value: (r) => r.male },
      { header: wordsOf('reachOther'), value: (r) => r.other },
      { header: wordsOf('reachTotal'), value: (r) => r.total },
    ],
    rowsOf(reached),
  )
}
