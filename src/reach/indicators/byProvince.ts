/**
 * The plan province by province, for the reach page's table and map: every province of the
 * asker's scope, each indicator against that province's target, all from one reach summary
 * (src/reach/indicators/figures.ts) and one read of the plan.
 */
import type { Payload } from 'payload'
import type { Locale } from '../../lib/locales'
import { reachSummary } from '../summary'
import type { ReachSummary, ReportStatus, SummaryUser } from '../summary/types'
import { provinceFiguresOf } from './figures'
import {
  dueOf,
  loadPlan,
  planRows,
  scopeReportOf,
  type IndicatorRow,
  type IndicatorsReport,
  type Plan,
} from './index'

export type ProvincePlan = {
  period: string
  due: number
  provinces: { code: string; title: string; report: ReportStatus; indicators: IndicatorRow[] }[]
}

/**
 * Throws as the summary does (401, 403, 400). `province` narrows to one, as elsewhere; without
 * it, a national user gets all 18 and a provincial editor its own.
 */
export async function indicatorsByProvince(
  payload: Payload,
  user: SummaryUser | null | undefined,
  query: { period?: string | null; province?: string | null; locale?: Locale },
  now = new Date(),
): Promise<ProvincePlan> {
  const summary = await reachSummary(payload, user, query)
  return provincePlanOf(payload, user as SummaryUser, summary, query.locale ?? 'lo', now)
}

/** The plan province by province against a summary already made for the user. */
export async function provincePlanOf(
  payload: Payload,
  user: SummaryUser,
  summary: ReachSummary,
  locale: Locale,
  now = new Date(),
): Promise<ProvincePlan> {
  return byProvinceOf(await loadPlan(payload, user, summary.period, locale), summary, now)
}

/**
 * The plan against a summary already made for the user, for its whole scope and province by
 * province, from one read of the plan: the reach page, the printed report and the workbook.
 */
export async function planAndProvinces(
  payload: Payload,
  user: SummaryUser,
  summary: ReachSummary,
  locale: Locale,
  now = new Date(),
): Promise<{ scope: IndicatorsReport; provinces: ProvincePlan }> {
  const plan = await loadPlan(payload, user, summary.period, locale)
  return { scope: scopeReportOf(plan, summary, now), provinces: byProvinceOf(plan, summary, now) }
}

function byProvinceOf(plan: Plan, summary: ReachSummary, now: Date): ProvincePlan {
  const due = dueOf(summary.period, now)
  return {
    period: summary.period,
    due: Math.round(due * 1000) / 1000,
    provinces: summary.reached.provinces.map((p) => ({
      code: p.code,
      title: p.title,
      report: p.status,
      indicators: planRows(
        plan,
        { national: false, codes: [p.code] },
        provinceFiguresOf(summary, p.code),
        due,
      ),
    })),
  }
}
