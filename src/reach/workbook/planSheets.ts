/** The plan's two sheets: its indicators in the workbook's scope, and province by province. */
import type ExcelJS from 'exceljs'
import type { IndicatorRow, IndicatorsReport } from '../indicators'
import type { ProvincePlan } from '../indicators/byProvince'
import { hasProvinceFigures } from '../indicators/sources'
import { statusWords, unitWords } from '../indicators/words'
import { addSheet, both, PERCENT, share, type Column } from './sheets'

/** An indicator's columns, for rows that hold it as `row`. */
function indicatorColumns<R>(of: (r: R) => IndicatorRow): Column<R>[] {
  return [
    { header: { lo: 'ລະຫັດ', en: 'Slug' }, value: (r) => of(r).slug, width: 22 },
    { header: { lo: 'ຕົວຊີ້ວັດ', en: 'Indicator' }, value: (r) => of(r).name, width: 36 },
    {
      header: { lo: 'ຫົວໜ່ວຍ', en: 'Unit' },
      value: (r) => both(unitWords[of(r).unit as keyof typeof unitWords]) ?? of(r).unit,
    },
    { header: { lo: 'ຖານ', en: 'Baseline' }, value: (r) => of(r).baseline },
    { header: { lo: 'ເປົ້າໝາຍ', en: 'Target' }, value: (r) => of(r).target },
    { header: { lo: 'ຕົວຈິງ', en: 'Actual' }, value: (r) => of(r).actual },
    {
      header: { lo: '% ຂອງເປົ້າໝາຍ', en: '% of target' },
      value: (r) => share(of(r).percentOfTarget),
      format: PERCENT,
    },
    {
      header: { lo: 'ສະຖານະ', en: 'Status' },
      value: (r) => {
        const status = of(r).status
        return both(status ? statusWords[status] : undefined)
      },
      width: 24,
    },
  ]
}

export function addPlanSheets(
  book: ExcelJS.Workbook,
  plan: IndicatorsReport,
  byProvince: ProvincePlan,
) {
  addSheet(
    book,
    'Indicators ຕົວຊີ້ວັດ',
    indicatorColumns((r: IndicatorRow) => r),
    plan.indicators,
  )
  type Row = { province: ProvincePlan['provinces'][number]; row: IndicatorRow }
  addSheet(
    book,
    'By province ຕາມແຂວງ',
    [
      { header: { lo: 'ແຂວງ', en: 'Province' }, value: (r: Row) => r.province.code },
      { header: { lo: 'ຊື່ແຂວງ', en: 'Name' }, value: (r: Row) => r.province.title, width: 24 },
      ...indicatorColumns((r: Row) => r.row),
    ],
    // The counters' indicators have no figure by place: not listed 18 times empty.
    byProvince.provinces.flatMap((province) =>
      province.indicators.filter(hasProvinceFigures).map((row) => ({ province, row })),
    ),
  )
}
