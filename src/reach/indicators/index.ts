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
import { figuresOf, type ScopeFigures } from './figures'
import { hasProvinceFigures, isRate, sourceOf } from './sources'
import {
  percentOf,
  shareGone,
  statusOf,
  thresholdsOf,
  type Direction,
  type IndicatorStatus,
} from './status'
import { idOf } from '../../lib/populated'

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

/** The plan of a half-year as `user` may read it: indicators, provinces, targets, thresholds. */
export type Plan = Awaited<ReturnType<typeof loadPlan>>

export async function loadPlan(
  payload: Payload,
  user: SummaryUser,
  period: string,
  locale: Locale,
) {
  const asUser = {
    user: user as never,
    overrideAccess: false,
    depth: 0,
    pagination: false,
  } as const
  const [indicators, provinces, settings, targets] = await Promise.all([
    payload.find({ collection: slugs.indicators, sort: 'order', locale, limit: 500, ...asUser }),
    payload.find({ collection: slugs.provinces, limit: 100, ...asUser }),
    payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0 }),
    payload.find({
      collection: slugs.targets,
      where: { period: { equals: period } },
      limit: 20_000,
      ...asUser,
    }),
  ])
  return {
    indicators: indicators.docs,
    provinceIdOf: new Map(provinces.docs.map((p) => [String(p.code), p.id])),
    targets: targets.docs as unknown as Doc[],
    thresholds: thresholdsOf(
      (settings as { indicatorStatus?: { onTrack?: number | null; atRisk?: number | null } })
        .indicatorStatus ?? null,
    ),
  }
}

/**
 * Each indicator of `plan` for a scope: national, or the provinces `codes` (their targets added
 * up), with the scope's figures.
 */
export function planRows(
  plan: Plan,
  scope: { national: boolean; codes: string[] },
  figures: ScopeFigures,
  due: number,
): IndicatorRow[] {
  const ids = new Set(
    scope.codes.flatMap((c) =>
      plan.provinceIdOf.has(c) ? [String(plan.provinceIdOf.get(c))] : [],
    ),
  )
  const inScope = plan.targets.filter((t) => {
    const province = idOf(t.province)
    return scope.national ? province == null : province != null && ids.has(String(province))
  })
  return plan.indicators.map((indicator): IndicatorRow => {
    const source = sourceOf(indicator.source)
    const rate = isRate(indicator.unit)
    const own = inScope.filter((t) => idOf(t.indicator) === indicator.id)
    const computed =
      source?.actual && (scope.national || hasProvinceFigures(indicator))
        ? source.actual(figures)
        : null
    const places = scope.national ? 1 : ids.size
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
      status: statusOf(actual, target, direction, rate ? 1 : due, plan.thresholds),
    }
  })
}

/** The share of `period` gone at `now`. */
export const dueOf = (period: string, now: Date) => {
  const range = periodRange(period)!
  return shareGone(range.from, range.to, now)
}

/** The plan against a summary already made for the user (same period and scope). */
export async function planAgainst(
  payload: Payload,
  user: SummaryUser,
  summary: ReachSummary,
  locale: Locale,
  now = new Date(),
): Promise<IndicatorsReport> {
  return scopeReportOf(await loadPlan(payload, user, summary.period, locale), summary, now)
}

/** The plan read, against a summary's whole scope. */
export function scopeReportOf(plan: Plan, summary: ReachSummary, now: Date): IndicatorsReport {
  const due = dueOf(summary.period, now)
  const scope = { national: summary.scope.national, codes: summary.scope.provinces }
  return {
    period: summary.period,
    scope: summary.scope,
    reports: {
      counted: summary.reached.reports.submitted + summary.reached.reports.accepted,
      expected: summary.scope.provinces.length,
    },
    due: Math.round(due * 1000) / 1000,
    indicators: planRows(plan, scope, figuresOf(summary), due),
  }
}
