/**
 * The demo monitoring plan (seed/data/demo/plan.ts): its indicators in Lao and English, and
 * their targets for 2020-H1 and the current half-year, nationally and for every province, with
 * the hand-entered actuals of the one indicator entered by hand. Made once: an indicator or a
 * target that exists is left as it is. The targets are written in one transaction.
 */
import { createLocalReq } from 'payload'
import { inTransaction } from '../src/db/inTransaction'
import { isRate, sourceOf } from '../src/reach/indicators/sources'
import { periodOf } from '../src/reach/periods'
import { indicators, provinceShares, volunteersDone, type DemoIndicator } from './data/demo/plan'
import { idsBy } from './demo'
import type { Run } from './types'

const periods = () =>
  [
    ['2020-H1', volunteersDone['2020-H1']],
    [periodOf(), volunteersDone.current],
  ] as const

async function ensureIndicator(run: Run, i: DemoIndicator): Promise<number> {
  const { payload, context, counts } = run
  const { docs } = await payload.find({
    collection: 'indicators',
    where: { slug: { equals: i.slug } },
    limit: 1,
    depth: 0,
  })
  if (docs[0]) {
    counts.skipped++
    return docs[0].id
  }
  const common = {
    slug: i.slug,
    source: i.source,
    unit: i.unit ?? sourceOf(i.source)?.unit ?? 'people',
    direction: i.direction ?? 'higher',
    disaggregations: i.disaggregations,
    order: indicators.indexOf(i),
  }
  const doc = await payload.create({
    collection: 'indicators',
    locale: 'lo',
    data: { ...common, name: i.name.lo, definition: i.definition.lo },
    context,
  })
  await payload.update({
    collection: 'indicators',
    id: doc.id,
    locale: 'en',
    data: { name: i.name.en, definition: i.definition.en },
    context,
  })
  counts.created++
  return doc.id
}

/** The target rows of one indicator in one period: national, then each province's share. */
function targetRows(
  i: DemoIndicator,
  period: string,
  done: number,
  provinces: Map<string, number>,
) {
  const rate = isRate(i.unit ?? sourceOf(i.source)?.unit)
  const byProvince = sourceOf(i.source)?.byProvince ?? true
  const share = (n: number, s: number) => (rate ? n : Math.max(1, Math.round(n * s)))
  const row = (province: number | null, s: number) => ({
    period,
    province,
    target: share(i.national, s),
    ...(i.baseline ? { baseline: share(i.baseline, s) } : {}),
    ...(i.source === 'manual' ? { actual: Math.round(share(i.national, s) * done) } : {}),
  })
  return [
    row(null, 1),
    ...(byProvince ? provinceShares.map(([code, s]) => row(provinces.get(code)!, s)) : []),
  ]
}

export async function seedPlan(run: Run): Promise<void> {
  const { payload, context, counts, log } = run
  const provinces = await idsBy(payload, 'provinces', 'code')
  const existing = await payload.find({
    collection: 'targets',
    limit: 0,
    pagination: false,
    depth: 0,
  })
  const key = (indicator: unknown, province: unknown, period: unknown) =>
    `${indicator}|${province ?? ''}|${period}`
  const present = new Set(existing.docs.map((t) => key(t.indicator, t.province, t.period)))
  const req = await createLocalReq({ context }, payload)
  const ids = new Map<string, number>()
  for (const i of indicators) ids.set(i.slug, await ensureIndicator(run, i))
  await inTransaction(req, async () => {
    for (const i of indicators)
      for (const [period, done] of periods())
        for (const data of targetRows(i, period, done, provinces)) {
          const indicator = ids.get(i.slug)!
          if (present.has(key(indicator, data.province, period))) {
            counts.skipped++
            continue
          }
          await payload.create({
            collection: 'targets',
            data: { ...data, indicator },
            context,
            req,
          })
          counts.created++
        }
  })
  log('monitoring plan and targets')
}

/** Removes the demo's indicators and their targets. */
export async function resetPlan({ payload, context, counts }: Run): Promise<void> {
  const { docs } = await payload.find({
    collection: 'indicators',
    where: { slug: { in: indicators.map((i) => i.slug) } },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  if (!docs.length) return
  const ids = docs.map((d) => d.id)
  const targets = await payload.delete({
    collection: 'targets',
    where: { indicator: { in: ids } },
    context,
  })
  const gone = await payload.delete({
    collection: 'indicators',
    where: { id: { in: ids } },
    context,
  })
  counts.deleted += targets.docs.length + gone.docs.length
}
