/**
 * The summary's arithmetic for broadcasts and reports: pure functions of the documents read, so
 * that tests/unit/reach-figures.test.ts can add them up without a database.
 */
import { idOf } from '../../lib/populated'
import { reportSexes, tableBands, tableOf, usesTable } from '../reportValues'
import type { Counted, Doc, People, ReachSummary, ReportStatus, Tally } from './types'

const statuses = ['planned', 'aired', 'moved', 'missed'] as const
/** The figures of a Tally and of People, in the order tables and the CSV show them. */
export const tallyFigures = [
  'booked',
  'planned',
  'aired',
  'moved',
  'missed',
  'deliveryRate',
] as const
export const peopleFigures = [
  'eventsHeld',
  'female',
  'male',
  'other',
  'total',
  'under15',
  'from15to24',
  'from25',
] as const

export const emptyTally = (): Tally => ({
  booked: 0,
  planned: 0,
  aired: 0,
  moved: 0,
  missed: 0,
  deliveryRate: null,
})
const emptyPeople = (): People =>
  Object.fromEntries(peopleFigures.map((k) => [k, 0])) as unknown as People
export const emptyCounted = (): Counted => ({ views: 0, plays: 0 })

/** A number field's value; 0 when it is empty or not a finite number. */
export const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)

/** Adds `from`'s broadcasts to `into`'s (the delivery rate aside). */
export function addTally(into: Tally, from: Tally): void {
  for (const k of statuses) into[k] += from[k]
  into.booked += from.booked
}

export function withDeliveryRate(t: Tally): Tally {
  const done = t.aired + t.moved + t.missed
  return { ...t, deliveryRate: done ? (t.aired + t.moved) / done : null }
}

/**
 * Broadcasts by status, per station and in all, with each station's province code (of
 * `provinceDocs`); stations sorted by province, then name. A broadcast of another station, or
 * of an unknown status, is not counted.
 */
export function broadcastFigures(
  stations: Doc[],
  broadcasts: Doc[],
  provinceDocs: Doc[],
): ReachSummary['broadcasts'] {
  const perStation = new Map(stations.map((s) => [String(s.id), emptyTally()]))
  const total = emptyTally()
  for (const b of broadcasts) {
    const tally = perStation.get(String(idOf(b.station)))
    const status = b.status as (typeof statuses)[number]
    if (!tally || !statuses.includes(status)) continue
    for (const t of [tally, total]) {
      t.booked++
      t[status]++
    }
  }
  const provinceById = new Map(provinceDocs.map((p) => [String(p.id), p]))
  const codeOf = (id: unknown) => String(provinceById.get(String(idOf(id)))?.code ?? '')
  return {
    total: withDeliveryRate(total),
    stations: stations
      .map((s) => ({
        id: s.id as number | string,
        name: String(s.name),
        kind: s.kind as 'radio' | 'tv',
        province: codeOf(s.province),
        ...withDeliveryRate(perStation.get(String(s.id))!),
      }))
      .sort((a, b) => a.province.localeCompare(b.province) || a.name.localeCompare(b.name)),
  }
}

/**
 * People reached and materials distributed, per province of `provinces` (in their order) and
 * in all. Every province is listed, `missing` if it has no report; only submitted and accepted
 * reports count in the totals.
 */
export function reportFigures(
  provinces: Doc[],
  reports: Doc[],
): { reached: ReachSummary['reached']; materials: ReachSummary['materials'] } {
  const reportOf = new Map(reports.map((r) => [String(idOf(r.province)), r]))
  const counts: Record<ReportStatus, number> = { missing: 0, draft: 0, submitted: 0, accepted: 0 }
  const total = emptyPeople()
  const bySexAge: ReachSummary['reached']['bySexAge'] = { reports: 0, cells: tableOf(null) }
  const { eventsHeld: _, ...noPeople } = emptyPeople()
  const oldBands: ReachSummary['reached']['oldBands'] = { reports: 0, ...noPeople }
  const materials = new Map<string, number>()
  const perProvince = provinces.map((p) => {
    const report = reportOf.get(String(p.id))
    const status = (report?.status as ReportStatus | undefined) ?? 'missing'
    counts[status]++
    const counted = status === 'submitted' || status === 'accepted'
    const bySex = (report?.reached ?? {}) as Doc
    const byAge = (report?.reachedByAge ?? {}) as Doc
    const figures: People = {
      eventsHeld: num(report?.eventsHeld),
      female: num(bySex.female),
      male: num(bySex.male),
      other: num(bySex.other),
      total: num(bySex.female) + num(bySex.male) + num(bySex.other),
      under15: num(byAge.under15),
      from15to24: num(byAge.from15to24),
      from25: num(byAge.from25),
    }
    if (counted) {
      for (const k of peopleFigures) total[k] += figures[k]
      if (usesTable(report?.period, report?.reachedBySexAge)) {
        bySexAge.reports++
        const cells = tableOf(report?.reachedBySexAge)
        for (const sex of reportSexes)
          for (const band of tableBands) bySexAge.cells[sex][band] += cells[sex][band]
      } else if (figures.total > 0) {
        oldBands.reports++
        for (const k of Object.keys(noPeople) as (keyof typeof noPeople)[])
          oldBands[k] += figures[k]
      }
      for (const m of (report?.materials ?? []) as Doc[])
        materials.set(String(m.type), (materials.get(String(m.type)) ?? 0) + num(m.count))
    }
    const narrative = typeof report?.narrative === 'string' ? report.narrative : null
    const listed = ((report?.materials ?? []) as Doc[]).reduce((n, m) => n + num(m.count), 0)
    return {
      code: String(p.code),
      title: String(p.title ?? p.code),
      status,
      counted,
      narrative,
      materials: listed,
      ...figures,
    }
  })
  return {
    reached: { total, reports: counts, bySexAge, oldBands, provinces: perProvince },
    materials: [...materials].map(([type, count]) => ({ type, count })),
  }
}
