/**
 * `/api/reach/indicators`: the monitoring plan for a half-year, each indicator's baseline, target
 * and actual, % of target and status, nationally or for a province. The scope is the summary's
 * (staff only; a provincial editor its own provinces, 403 for another), and so are the figures:
 * a computed actual is read off the reach summary for the same period and scope.
 */
import type { Payload } from 'payload'
import type { Locale } from '../../lib/locales'
import { globalSlugs, slugs } from '../../lib/slugs'
import { periodRange } from '../periods'
import { reachSummary } from '../summary'
import type { Doc, ReachSummary, SummaryUser } from '../summary/types'
import { isRate, sourceOf } from './sources'
import {
  percentOf,
  shareGone,
  statusOf,
  thresholdsOf,
  type Direction,
  type IndicatorStatus,
} from './status'

export type IndicatorRow = {
  slug: string
  name: string
  unit: string
  direction: Direction
  source: string
  baseline: number | null
  target: number | null
  actual: number | null
  percentOfTarget: number | null
  status: IndicatorStatus | null
}

export type IndicatorsReport = {
  period: string
  scope: { national: boolean; province: string | null; provinces: string[] }
  /**
   * The provinces' reports in scope that count (submitted or accepted), of those expected: the
   * actuals of people reached, events held and materials rest on them, and have none before the
   * first is in.
   */
  reports: { counted: number; expected: number }
  /** The share of the half-year gone, which a count's status is measured against. */
  due: number
  indicators: IndicatorRow[]
}

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: unknown }).id : value

const num = (value: unknown) => (typeof value === 'number' ? value : null)

/**
 * The scope's figure from its targets: the national target row, or the one province's; across a
 * provincial editor's several provinces, a count adds up when every one of the `places` has it
 * (else a target would cover fewer provinces than the actual), and a rate has none.
 */
function combined(rows: Doc[], field: string, rate: boolean, places: number): number | null {
  const values = rows.map((r) => num(r[field])).filter((v): v is number => v !== null)
  if (!values.length || values.length < places) return null
  if (places > 1 && rate) return null
  return values.reduce((a, b) => a + b, 0)
}

export async function indicatorsReport(
  payload: Payload,
  user: SummaryUser | null | undefined,
  query: { period?: string | null; province?: string | null; locale?: Locale },
  now = new Date(),
): Promise<IndicatorsReport> {
  // Checks who asks, the period and the province, as the summary does, and gives the actuals.
  const summary = await reachSummary(payload, user, query)
  return planAgainst(payload, user as SummaryUser, summary, query.locale ?? 'lo', now)
}

/** The plan against a summary already made for the user (same period and scope). */
export async function planAgainst(
  payload: Payload,
  user: SummaryUser,
  summary: ReachSummary,
  locale: Locale,
  now = new Date(),
): Promise<IndicatorsReport> {
  const range = periodRange(summary.period)!
  const due = shareGone(range.from, range.to, now)
  const asUser = {
    user: user as never,
    overrideAccess: false,
    depth: 0,
    pagination: false,
  } as const
  const [indicators, provinces, settings] = await Promise.all([
    payload.find({ collection: slugs.indicators, sort: 'order', locale, limit: 500, ...asUser }),
    payload.find({ collection: slugs.provinces, limit: 100, ...asUser }),
    payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0 }),
  ])
  const ids = provinces.docs
    .filter((p) => summary.scope.provinces.includes(String(p.code)))
    .map((p) => p.id)
  const targets = await payload.find({
    collection: slugs.targets,
    where: {
      and: [
        { period: { equals: summary.period } },
        summary.scope.national ? { province: { exists: false } } : { province: { in: ids } },
      ],
    },
    limit: 10_000,
    ...asUser,
  })
  const thresholds = thresholdsOf(
    (settings as { indicatorStatus?: { onTrack?: number | null; atRisk?: number | null } })
      .indicatorStatus ?? null,
  )
  const rows = indicators.docs.map((indicator): IndicatorRow => {
    const source = sourceOf(indicator.source)
    const rate = isRate(indicator.unit)
    const own = targets.docs.filter((t) => idOf(t.indicator) === indicator.id) as unknown as Doc[]
    const computed =
      source?.actual && (summary.scope.national || source.byProvince)
        ? source.actual(summary)
        : null
    const places = summary.scope.national ? 1 : ids.length
    const actual = source?.actual ? computed : combined(own, 'actual', rate, places)
    const target = combined(own, 'target', rate, places)
    const direction = indicator.direction as Direction
    return {
      slug: indicator.slug,
      name: indicator.name,
      unit: indicator.unit,
      direction,
      source: indicator.source,
      baseline: combined(own, 'baseline', rate, places),
      target,
      actual: actual === null ? null : Math.round(actual * 10) / 10,
      percentOfTarget: percentOf(actual, target, direction),
      status: statusOf(actual, target, direction, rate ? 1 : due, thresholds),
    }
  })
  return {
    period: summary.period,
    scope: summary.scope,
    reports: {
      counted: summary.reached.reports.submitted + summary.reached.reports.accepted,
      expected: summary.scope.provinces.length,
    },
    due: Math.round(due * 1000) / 1000,
    indicators: rows,
  }
}
