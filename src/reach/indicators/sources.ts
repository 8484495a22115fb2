/**
 * Where an indicator's actual comes from: one of Siang's own figures for the period and scope
 * (the reach summary, src/reach/summary), or a number entered by hand on its target. Each source
 * says its unit (a per cent is a rate, due whole from the start; anything else a count, due in
 * proportion to the days gone), whether a province has a figure of its own (the play counters
 * record no place), and the breakdowns it can give.
 */
import type { Bilingual } from '../../i18n/bilingual'
import { sum, type ScopeFigures } from './figures'

export const disaggregations = ['province', 'sex', 'ageBand', 'channel', 'campaign'] as const
export type Disaggregation = (typeof disaggregations)[number]

export const units = ['people', 'broadcasts', 'events', 'items', 'views', 'percent'] as const
export type Unit = (typeof units)[number]

type Source = {
  label: Bilingual
  /** The unit of a computed source; a hand-entered one takes the indicator's own. */
  unit: Unit | null
  byProvince: boolean
  supports: readonly Disaggregation[]
  /** The actual in a scope; null when it has none (a rate with nothing to rate). */
  actual: ((figures: ScopeFigures) => number | null) | null
}

/** The average quiz score, weighted by attempts, of quizzes the small-number rule lets show. */
function quizScore({ quizzes }: ScopeFigures): number | null {
  const shown = quizzes.filter((q) => typeof q.attempts === 'number' && q.averageScore !== null)
  const attempts = sum(shown.map((q) => q.attempts as number))
  if (!attempts) return null
  return sum(shown.map((q) => (q.attempts as number) * (q.averageScore as number))) / attempts
}

export const indicatorSources = {
  'broadcasts-aired': {
    label: { en: 'Broadcasts aired', lo: 'ການອອກອາກາດທີ່ອອກແລ້ວ' },
    unit: 'broadcasts',
    byProvince: true,
    supports: ['province', 'channel'],
    actual: (f) => f.broadcasts.aired + f.broadcasts.moved,
  },
  'delivery-rate': {
    label: { en: 'Delivery rate of broadcasts', lo: 'ອັດຕາການອອກອາກາດຕາມແຜນ' },
    unit: 'percent',
    byProvince: true,
    supports: ['province', 'channel'],
    actual: (f) => (f.broadcasts.deliveryRate === null ? null : f.broadcasts.deliveryRate * 100),
  },
  'people-reached': {
    label: { en: 'People reached (reach reports)', lo: 'ຈຳນວນຄົນທີ່ເຂົ້າເຖິງ (ບົດລາຍງານ)' },
    unit: 'people',
    byProvince: true,
    supports: ['province', 'sex', 'ageBand'],
    actual: (f) => f.reported?.people ?? null,
  },
  'events-held': {
    label: { en: 'Events held', lo: 'ກິດຈະກຳທີ່ຈັດ' },
    unit: 'events',
    byProvince: true,
    supports: ['province'],
    actual: (f) => f.reported?.events ?? null,
  },
  'materials-distributed': {
    label: { en: 'Materials distributed', lo: 'ເອກະສານ ແລະ ສື່ທີ່ແຈກຢາຍ' },
    unit: 'items',
    byProvince: true,
    supports: ['province'],
    actual: (f) => f.reported?.materials ?? null,
  },
  views: {
    label: { en: 'Views (site and embeds)', lo: 'ການເບິ່ງ (ເວັບໄຊ ແລະ ການຝັງ)' },
    unit: 'views',
    byProvince: false,
    supports: ['channel'],
    actual: (f) => f.plays.views,
  },
  plays: {
    label: { en: 'Plays and downloads', lo: 'ການຫຼິ້ນ ແລະ ການດາວໂຫຼດ' },
    unit: 'views',
    byProvince: false,
    supports: ['channel'],
    actual: (f) => f.plays.plays,
  },
  'quiz-score': {
    label: { en: 'Knowledge: average quiz score', lo: 'ຄວາມຮູ້: ຄະແນນສະເລ່ຍຂອງແບບທົດສອບ' },
    unit: 'percent',
    byProvince: true,
    supports: ['province', 'sex', 'ageBand'],
    actual: quizScore,
  },
  manual: {
    label: { en: 'Entered by hand', lo: 'ປ້ອນດ້ວຍມື' },
    unit: null,
    byProvince: true,
    supports: disaggregations,
    actual: null,
  },
} satisfies Record<string, Source>

export type IndicatorSource = keyof typeof indicatorSources
export const sourceNames = Object.keys(indicatorSources) as IndicatorSource[]

export const sourceOf = (name: string): Source | null =>
  Object.hasOwn(indicatorSources, name) ? indicatorSources[name as IndicatorSource] : null

/** A rate is due whole from the start of the period; a count builds up over it. */
export const isRate = (unit: string | null | undefined) => unit === 'percent'

/** Whether a province has figures of its own for an indicator of `source` (not the counters'). */
export const hasProvinceFigures = ({ source }: { source: string }) =>
  sourceOf(source)?.byProvince !== false
