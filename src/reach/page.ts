/**
 * What the admin's reach page and the printable report share: the question from the address,
 * the summary or the refusal, the periods to choose from, and labels for content types.
 */
import type { Payload } from 'payload'
import { collectionLabel } from '../i18n/admin'
import { sayIn, type Say } from '../i18n/siang'
import { periodOf } from './periods'
import { ReachError } from './errors'
import type { IndicatorsReport } from './indicators'
import { planAndProvinces, type ProvincePlan } from './indicators/byProvince'
import { reachSummary, type ReachSummary } from './summary'

type Params = Record<string, string | string[] | undefined> | undefined
type Lang = 'lo' | 'en'

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined

export type ReachPage = {
  period: string
  province: string | undefined
  lang: Lang
  say: Say
  summary: ReachSummary | null
  /** The plan against the summary, in all and province by province; null with the summary. */
  plan: { scope: IndicatorsReport; provinces: ProvincePlan } | null
  /** The indicator the map shows (`?indicator=`), when one was asked for. */
  mapIndicator: string | null
  refusal: string | null
  typeLabel: (slug: string) => string
  /** `?period=…&province=…` for links to the CSV and the report. */
  query: (extra?: Record<string, string>) => string
}

/** Half-years from 2020-H1 (the source article's) to the current one, newest first. */
export function periodChoices(now = new Date()): string[] {
  const [year, half] = periodOf(now).split('-H').map(Number)
  const out: string[] = []
  for (let y = year; y >= 2020; y--)
    for (const h of [2, 1]) if (y < year || h <= half) out.push(`${y}-H${h}`)
  return out
}

export async function reachPage(
  payload: Payload,
  user: unknown,
  searchParams: Params,
  language: string,
): Promise<ReachPage> {
  const asked = one(searchParams?.lang)
  const lang: Lang = asked === 'en' || asked === 'lo' ? asked : language === 'en' ? 'en' : 'lo'
  const period = one(searchParams?.period) ?? periodOf()
  const province = one(searchParams?.province)
  let summary: ReachSummary | null = null
  let plan: ReachPage['plan'] = null
  let refusal: string | null = null
  const say = sayIn(lang)
  try {
    summary = await reachSummary(payload, user as never, { period, province, locale: lang })
    plan = await planAndProvinces(payload, user as never, summary, lang)
  } catch (err) {
    if (!(err instanceof ReachError)) throw err
    refusal = err.in(say)
  }
  const typeLabel = (slug: string) => collectionLabel(payload as never, slug, lang, 'plural')
  const mapIndicator = one(searchParams?.indicator) ?? null
  const query = (extra: Record<string, string> = {}) =>
    '?' +
    new URLSearchParams({
      period,
      ...(province ? { province } : {}),
      ...(mapIndicator ? { indicator: mapIndicator } : {}),
      ...extra,
    }).toString()
  return { period, province, lang, say, summary, plan, mapIndicator, refusal, typeLabel, query }
}
