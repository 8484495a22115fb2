/**
 * `/api/reach/export.xlsx`: the half-year in one Excel workbook, with exceljs: the period, the
 * plan's indicators in all and by province, the broadcasts per station, reach per province,
 * people by sex and age, the counts by day and by item, and the quizzes. How each sheet is
 * written (frozen bilingual headers, types, no formulas): ./sheets.ts.
 */
import ExcelJS from 'exceljs'
import { LAO_TIME_ZONE } from '../../lib/laoTime'
import type { IndicatorsReport } from '../indicators'
import type { ProvincePlan } from '../indicators/byProvince'
import type { ReachSummary } from '../summary'
import type { QuizSummary } from '../summary/types'
import { addPlanSheets } from './planSheets'
import { addSexAgeSheet } from './sexAgeSheet'
import { addSheet, day, DAY, PERCENT, share, wordsOf } from './sheets'

/** An instant as the date and time a Lao spreadsheet shows: Lao time, written as if UTC. */
const inLaoTime = (at: Date) =>
  new Date(`${at.toLocaleString('sv-SE', { timeZone: LAO_TIME_ZONE }).replace(' ', 'T')}Z`)

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
  byProvince: ProvincePlan,
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
      {
        header: { lo: 'ສ່ວນຂອງເຄິ່ງປີທີ່ຜ່ານໄປ', en: 'Share of the half-year gone' },
        value: () => plan.due,
        format: PERCENT,
      },
      {
        header: { lo: 'ເຮັດເມື່ອ (ເວລາລາວ)', en: 'Made (Lao time)' },
        value: () => inLaoTime(book.created),
        format: 'yyyy-mm-dd hh:mm',
      },
    ],
    [null],
  )

  addPlanSheets(book, plan, byProvince)

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
      { header: wordsOf('reachUnder15'), value: (r) => r.under15 },
      { header: wordsOf('reach15to24'), value: (r) => r.from15to24 },
      { header: wordsOf('reach25'), value: (r) => r.from25 },
    ],
    summary.reached.provinces,
  )

  addSexAgeSheet(book, summary.reached)

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
      { header: { lo: 'ຄັ້ງທີ່ຕອບ', en: 'Attempts' }, value: (r) => r.attempts },
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
