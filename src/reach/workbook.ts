/**
 * `/api/reach/export.xlsx`: the half-year in one Excel workbook, with exceljs: the plan's
 * indicators, the broadcasts per station, reach per province, the counts by day and by item,
 * and the quizzes. Each sheet's header row is in Lao and English and stays in view (frozen);
 * numbers are numbers (shares with a per cent format), days are dates, and every text cell is
 * neutralised as the CSV's are, so that a name such as `=HYPERLINK(…)` never runs.
 */
import ExcelJS from 'exceljs'
import type { Bilingual } from '../i18n/bilingual'
import { spreadsheetSafe } from '../lib/csv'
import type { IndicatorsReport } from './indicators'
import type { ReachSummary } from './summary'
import type { QuizSummary, Shown } from './summary/types'

type Cell = string | number | Date | null | undefined
type Column<R> = { header: Bilingual; value: (row: R) => Cell; format?: string; width?: number }

const PERCENT = '0.0%'
const DAY = 'yyyy-mm-dd'

/** A share 0–100 (or a fraction 0–1 with `fraction`) as a fraction, for the per cent format. */
const share = (value: number | null | undefined, fraction = false) =>
  value === null || value === undefined ? null : fraction ? value : value / 100

/** A day written `YYYY-MM-DD` as the date a spreadsheet shows for it. */
const day = (value: string) => new Date(`${value}T00:00:00Z`)

const statusWords: Record<string, Bilingual> = {
  'on-track': { lo: 'ຕາມແຜນ', en: 'On track' },
  'at-risk': { lo: 'ມີຄວາມສ່ຽງ', en: 'At risk' },
  'off-track': { lo: 'ບໍ່ຕາມແຜນ', en: 'Off track' },
}
const both = (words: Bilingual | undefined) => (words ? `${words.lo} / ${words.en}` : null)

function addSheet<R>(book: ExcelJS.Workbook, name: string, columns: Column<R>[], rows: R[]) {
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

const shown = (value: Shown) => value

function quizRows(quizzes: QuizSummary[]) {
  return quizzes.flatMap((q) => [
    { quiz: q, group: null as string | null, attempts: q.attempts, score: q.averageScore },
    ...[...q.byAgeBand, ...q.bySex, ...q.byProvince].map((g) => ({
      quiz: q,
      group: g.group,
      attempts: g.attempts,
      score: g.averageScore,
    })),
  ])
}

export async function reachWorkbook(
  summary: ReachSummary,
  plan: IndicatorsReport,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Siang'
  book.created = new Date()

  addSheet(
    book,
    'Period ໄລຍະ',
    [
      { header: { lo: 'ໄລຍະ', en: 'Period' }, value: () => summary.period },
      { header: { lo: 'ມື້ທຳອິດ', en: 'First day' }, value: () => day(summary.firstDay), format: DAY },
      { header: { lo: 'ມື້ສຸດທ້າຍ', en: 'Last day' }, value: () => day(summary.lastDay), format: DAY },
      {
        header: { lo: 'ແຂວງ', en: 'Provinces' },
        value: () => (summary.scope.national ? 'national' : summary.scope.provinces.join(', ')),
        width: 30,
      },
    ],
    [null],
  )

  addSheet(
    book,
    'Indicators ຕົວຊີ້ວັດ',
    [
      { header: { lo: 'ລະຫັດ', en: 'Slug' }, value: (r) => r.slug, width: 22 },
      { header: { lo: 'ຕົວຊີ້ວັດ', en: 'Indicator' }, value: (r) => r.name, width: 36 },
      { header: { lo: 'ຫົວໜ່ວຍ', en: 'Unit' }, value: (r) => r.unit },
      { header: { lo: 'ຖານ', en: 'Baseline' }, value: (r) => r.baseline },
      { header: { lo: 'ເປົ້າໝາຍ', en: 'Target' }, value: (r) => r.target },
      { header: { lo: 'ຕົວຈິງ', en: 'Actual' }, value: (r) => r.actual },
      {
        header: { lo: '% ຂອງເປົ້າໝາຍ', en: '% of target' },
        value: (r) => share(r.percentOfTarget),
        format: PERCENT,
      },
      {
        header: { lo: 'ສະຖານະ', en: 'Status' },
        value: (r) => both(r.status ? statusWords[r.status] : undefined),
        width: 24,
      },
    ],
    plan.indicators,
  )

  addSheet(
    book,
    'Broadcasts ການອອກອາກາດ',
    [
      { header: { lo: 'ແຂວງ', en: 'Province' }, value: (r) => r.province },
      { header: { lo: 'ສະຖານີ', en: 'Station' }, value: (r) => r.name, width: 30 },
      { header: { lo: 'ປະເພດ', en: 'Kind' }, value: (r) => r.kind },
      { header: { lo: 'ຈອງ', en: 'Booked' }, value: (r) => r.booked },
      { header: { lo: 'ອອກແລ້ວ', en: 'Aired' }, value: (r) => r.aired },
      { header: { lo: 'ເລື່ອນ', en: 'Moved' }, value: (r) => r.moved },
      { header: { lo: 'ບໍ່ໄດ້ອອກ', en: 'Missed' }, value: (r) => r.missed },
      { header: { lo: 'ຍັງບໍ່ຮູ້', en: 'Planned' }, value: (r) => r.planned },
      {
        header: { lo: 'ອັດຕາການອອກ', en: 'Delivery rate' },
        value: (r) => share(r.deliveryRate, true),
        format: PERCENT,
      },
    ],
    summary.broadcasts.stations,
  )

  addSheet(
    book,
    'Reach ການເຂົ້າເຖິງ',
    [
      { header: { lo: 'ແຂວງ', en: 'Province' }, value: (r) => r.code },
      { header: { lo: 'ຊື່ແຂວງ', en: 'Name' }, value: (r) => r.title, width: 24 },
      { header: { lo: 'ສະຖານະບົດລາຍງານ', en: 'Report' }, value: (r) => r.status },
      { header: { lo: 'ກິດຈະກຳ', en: 'Events' }, value: (r) => r.eventsHeld },
      { header: { lo: 'ຍິງ', en: 'Female' }, value: (r) => r.female },
      { header: { lo: 'ຊາຍ', en: 'Male' }, value: (r) => r.male },
      { header: { lo: 'ອື່ນໆ', en: 'Other' }, value: (r) => r.other },
      { header: { lo: 'ລວມ', en: 'Total' }, value: (r) => r.total },
      { header: { lo: 'ຕ່ຳກວ່າ 15', en: 'Under 15' }, value: (r) => r.under15 },
      { header: { lo: '15–24', en: '15–24' }, value: (r) => r.from15to24 },
      { header: { lo: '25 ຂຶ້ນໄປ', en: '25 and over' }, value: (r) => r.from25 },
    ],
    summary.reached.provinces,
  )

  addSheet(
    book,
    'Counts by day ນັບຕາມມື້',
    [
      { header: { lo: 'ມື້', en: 'Day' }, value: (r) => day(r.day), format: DAY },
      { header: { lo: 'ເບິ່ງ', en: 'Views' }, value: (r) => r.views },
      { header: { lo: 'ຫຼິ້ນ', en: 'Plays' }, value: (r) => r.plays },
    ],
    summary.plays.byDay,
  )

  addSheet(
    book,
    'Counts by item ນັບຕາມສື່',
    [
      { header: { lo: 'ປະເພດ', en: 'Type' }, value: (r) => r.type },
      { header: { lo: 'ລະຫັດ', en: 'Slug' }, value: (r) => r.slug, width: 28 },
      { header: { lo: 'ຫົວຂໍ້', en: 'Title' }, value: (r) => r.title, width: 36 },
      { header: { lo: 'ເບິ່ງ', en: 'Views' }, value: (r) => r.views },
      { header: { lo: 'ຫຼິ້ນ', en: 'Plays' }, value: (r) => r.plays },
    ],
    summary.plays.byItem,
  )

  addSheet(
    book,
    'Quizzes ແບບທົດສອບ',
    [
      { header: { lo: 'ລະຫັດ', en: 'Slug' }, value: (r) => r.quiz.slug, width: 22 },
      { header: { lo: 'ແບບທົດສອບ', en: 'Quiz' }, value: (r) => r.quiz.title, width: 36 },
      { header: { lo: 'ກຸ່ມ', en: 'Group' }, value: (r) => r.group ?? 'all' },
      // "<5" for 1 to 4: the small-number rule (docs/features.md).
      { header: { lo: 'ຄັ້ງທີ່ຕອບ', en: 'Attempts' }, value: (r) => shown(r.attempts) },
      {
        header: { lo: 'ຄະແນນສະເລ່ຍ', en: 'Average score' },
        value: (r) => share(r.score),
        format: PERCENT,
      },
    ],
    quizRows(summary.answers.quizzes),
  )

  return Buffer.from(await book.xlsx.writeBuffer())
}
