/**
 * The half-year roll-up: what aired against what was booked, per station; people reached, from the
 * provinces' reports; plays and views, from the counters; and embeds per partner. National, or for
 * one province. Read through Payload's Local API as the asking user, so both engines agree.
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import { isProvincialOnly, ownProvinceIds } from '../access/provinces'
import { checkRole } from '../access/checkRole'
import type { Locale } from '../lib/locales'
import { roleGroups } from '../lib/roles'
import { periodOf, periodRange } from './periods'

/** A refusal with its HTTP status and a message a person can act on. */
export class ReachError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export type Tally = {
  /** Every broadcast planned for the period. */
  booked: number
  /** Still `planned`: no outcome logged yet. */
  planned: number
  aired: number
  moved: number
  missed: number
  /** (aired + moved) / (aired + moved + missed): of the broadcasts whose outcome is logged. */
  deliveryRate: number | null
}

export type People = {
  eventsHeld: number
  female: number
  male: number
  other: number
  total: number
  under15: number
  from15to24: number
  from25: number
}

export type ReportStatus = 'missing' | 'draft' | 'submitted' | 'accepted'

export type Counted = { views: number; plays: number }

export type ReachSummary = {
  period: string
  firstDay: string
  lastDay: string
  /** `national`: every province, for a national user who named none. */
  scope: { national: boolean; province: string | null; provinces: string[] }
  broadcasts: {
    total: Tally
    stations: ({
      id: number | string
      name: string
      kind: 'radio' | 'tv'
      province: string
    } & Tally)[]
  }
  reached: {
    /** Only submitted and accepted reports count in the total. */
    total: People
    reports: Record<ReportStatus, number>
    provinces: ({
      code: string
      title: string
      status: ReportStatus
      counted: boolean
      narrative: string | null
    } & People)[]
  }
  /** Materials distributed, by type, from the counted reports. */
  materials: { type: string; count: number }[]
  /** From the counters: the whole country, as they record no place. */
  plays: {
    total: Counted
    /** Pages of the site, partners' embeds, and podcast apps' downloads (as plays). */
    bySource: { site: Counted; embed: Counted; podcast: Counted }
    byType: ({ type: string } & Counted)[]
    byItem: ({ type: string; slug: string; title: string | null } & Counted)[]
    byDay: ({ day: string } & Counted)[]
  }
  embeds: {
    partners: ({ id: number | string; slug: string; title: string } & Counted)[]
    /** Embeds on pages no partner has declared. */
    unattributed: Counted
  }
}

type User = { id: unknown; roles?: readonly string[] | null; provinces?: unknown }
type Doc = Record<string, unknown>

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

const emptyTally = (): Tally => ({
  booked: 0,
  planned: 0,
  aired: 0,
  moved: 0,
  missed: 0,
  deliveryRate: null,
})
const emptyPeople = (): People =>
  Object.fromEntries(peopleFigures.map((k) => [k, 0])) as unknown as People
const emptyCounted = (): Counted => ({ views: 0, plays: 0 })

function rate(t: Tally): Tally {
  const done = t.aired + t.moved + t.missed
  return { ...t, deliveryRate: done ? (t.aired + t.moved) / done : null }
}

const idOf = (v: unknown) =>
  v && typeof v === 'object' ? (v as { id: unknown }).id : (v as number | string | null)
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)

function add(into: Counted, row: Doc) {
  into.views += num(row.views)
  into.plays += num(row.plays)
}

/** Grows a map's entry, made by `make` the first time. */
function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key)
  if (value === undefined) map.set(key, (value = make()))
  return value
}

const byCount = <T extends Counted>(a: T, b: T) => b.plays - a.plays || b.views - a.views

async function all(
  payload: Payload,
  user: User,
  collection: CollectionSlug,
  where: Where,
  select: Record<string, true>,
  locale?: Locale,
): Promise<Doc[]> {
  const { docs } = await payload.find({
    collection,
    where,
    select,
    locale,
    depth: 0,
    limit: 0,
    pagination: false,
    user,
    overrideAccess: false,
  })
  return docs as unknown as Doc[]
}

/**
 * The roll-up for `period` (default: the current half-year) and, if given, one province by its
 * code. Throws ReachError: 401 without a user, 403 for other roles or another's province, 400
 * for a bad period or an unknown province.
 *
 * Every read is made as the user (overrideAccess: false); the scope here is narrower still: a
 * provincial editor may read every station and broadcast, but its roll-up keeps to its provinces.
 */
export async function reachSummary(
  payload: Payload,
  user: User | null | undefined,
  query: { period?: string | null; province?: string | null; locale?: Locale },
): Promise<ReachSummary> {
  if (!user) throw new ReachError(401, 'Sign in as an editor or admin to see reach figures.')
  if (!checkRole(roleGroups.authors, user))
    throw new ReachError(403, 'Reach figures are for editors and admins only.')
  const period = query.period?.trim() || periodOf()
  const range = periodRange(period)
  if (!range) throw new ReachError(400, '"period" must be a half-year such as 2020-H1 or 2020-H2.')
  const locale = query.locale ?? 'lo'

  const provinceDocs = await all(
    payload,
    user,
    'provinces',
    {},
    { title: true, code: true },
    locale,
  )
  const provinceById = new Map(provinceDocs.map((p) => [String(p.id), p]))
  const code = query.province?.trim().toUpperCase() || null
  let scope: Doc[]
  if (code) {
    const one = provinceDocs.find((p) => p.code === code)
    if (!one) throw new ReachError(400, `There is no province with the code "${code}" (LA-VT, …).`)
    if (isProvincialOnly(user) && !ownProvinceIds(user).includes(String(one.id)))
      throw new ReachError(403, `You report for your own provinces only, not ${code}.`)
    scope = [one]
  } else if (isProvincialOnly(user)) {
    const mine = new Set(ownProvinceIds(user))
    scope = provinceDocs.filter((p) => mine.has(String(p.id)))
  } else scope = provinceDocs
  const national = !code && !isProvincialOnly(user)
  const scopeIds = scope.map((p) => p.id as number | string)
  const inScope: Where = national ? {} : { province: { in: scopeIds } }
  const codeOf = (id: unknown) => String(provinceById.get(String(idOf(id)))?.code ?? '')

  // Broadcasts, per station.
  const stations = await all(
    payload,
    user,
    'stations',
    inScope,
    { name: true, kind: true, province: true },
    locale,
  )
  const perStation = new Map(stations.map((s) => [String(s.id), emptyTally()]))
  const broadcasts = stations.length
    ? await all(
        payload,
        user,
        'broadcasts',
        {
          and: [
            { plannedAt: { greater_than_equal: range.from.toISOString() } },
            { plannedAt: { less_than: range.to.toISOString() } },
            ...(national ? [] : [{ station: { in: stations.map((s) => s.id) } }]),
          ],
        },
        { station: true, status: true },
      )
    : []
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

  // People reached, from the provinces' reports.
  const reports = await all(
    payload,
    user,
    'reach-reports',
    { and: [{ period: { equals: period } }, inScope] },
    {
      province: true,
      status: true,
      eventsHeld: true,
      reached: true,
      reachedByAge: true,
      materials: true,
      narrative: true,
    },
  )
  const reportOf = new Map(reports.map((r) => [String(idOf(r.province)), r]))
  const reportCounts: Record<ReportStatus, number> = {
    missing: 0,
    draft: 0,
    submitted: 0,
    accepted: 0,
  }
  const reached = emptyPeople()
  const materials = new Map<string, number>()
  const provinces = scope.map((p) => {
    const report = reportOf.get(String(p.id))
    const status = (report?.status as ReportStatus | undefined) ?? 'missing'
    reportCounts[status]++
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
      for (const k of peopleFigures) reached[k] += figures[k]
      for (const m of (report?.materials ?? []) as Doc[])
        materials.set(String(m.type), (materials.get(String(m.type)) ?? 0) + num(m.count))
    }
    const narrative = typeof report?.narrative === 'string' ? report.narrative : null
    return {
      code: String(p.code),
      title: String(p.title ?? p.code),
      status,
      counted,
      narrative,
      ...figures,
    }
  })

  // Plays and views, and embeds per partner, from the daily counters.
  const counts = await all(
    payload,
    user,
    'daily-counts',
    {
      and: [
        { day: { greater_than_equal: range.firstDay } },
        { day: { less_than_equal: range.lastDay } },
      ],
    },
    { day: true, type: true, slug: true, source: true, partner: true, views: true, plays: true },
  )
  const playTotal = emptyCounted()
  const bySource = { site: emptyCounted(), embed: emptyCounted(), podcast: emptyCounted() }
  const byType = new Map<string, Counted>()
  const byItem = new Map<string, { type: string; slug: string } & Counted>()
  const byDay = new Map<string, Counted>()
  const byPartner = new Map<string, Counted>()
  const unattributed = emptyCounted()
  for (const row of counts) {
    const type = String(row.type)
    const slug = String(row.slug)
    add(playTotal, row)
    add(bySource[row.source === 'site' || row.source === 'podcast' ? row.source : 'embed'], row)
    add(entry(byType, type, emptyCounted), row)
    add(
      entry(byItem, `${type}/${slug}`, () => ({ type, slug, ...emptyCounted() })),
      row,
    )
    add(entry(byDay, String(row.day), emptyCounted), row)
    if (row.source === 'embed') {
      const partner = idOf(row.partner)
      add(
        partner === null || partner === undefined
          ? unattributed
          : entry(byPartner, String(partner), emptyCounted),
        row,
      )
    }
  }
  const titles = new Map<string, string>()
  const slugsByType = new Map<string, string[]>()
  for (const item of byItem.values()) entry(slugsByType, item.type, () => []).push(item.slug)
  for (const [type, slugs] of slugsByType) {
    if (!payload.collections[type as CollectionSlug]) continue
    const docs = await all(
      payload,
      user,
      type as CollectionSlug,
      { slug: { in: slugs } },
      { slug: true, title: true },
      locale,
    )
    for (const d of docs) titles.set(`${type}/${String(d.slug)}`, String(d.title ?? d.slug))
  }
  const partnerDocs = byPartner.size
    ? await all(
        payload,
        user,
        'partners',
        { id: { in: [...byPartner.keys()] } },
        { slug: true, title: true },
        locale,
      )
    : []

  return {
    period,
    firstDay: range.firstDay,
    lastDay: range.lastDay,
    scope: { national, province: code, provinces: scope.map((p) => String(p.code)) },
    broadcasts: {
      total: rate(total),
      stations: stations
        .map((s) => ({
          id: s.id as number | string,
          name: String(s.name),
          kind: s.kind as 'radio' | 'tv',
          province: codeOf(s.province),
          ...rate(perStation.get(String(s.id))!),
        }))
        .sort((a, b) => a.province.localeCompare(b.province) || a.name.localeCompare(b.name)),
    },
    reached: { total: reached, reports: reportCounts, provinces },
    materials: [...materials].map(([type, count]) => ({ type, count })),
    plays: {
      total: playTotal,
      bySource,
      byType: [...byType].map(([type, c]) => ({ type, ...c })).sort(byCount),
      byItem: [...byItem.values()]
        .map((i) => ({ ...i, title: titles.get(`${i.type}/${i.slug}`) ?? null }))
        .sort(byCount),
      byDay: [...byDay].map(([day, c]) => ({ day, ...c })).sort((a, b) => (a.day < b.day ? -1 : 1)),
    },
    embeds: {
      partners: partnerDocs
        .map((p) => ({
          id: p.id as number | string,
          slug: String(p.slug),
          title: String(p.title ?? p.slug),
          ...byPartner.get(String(p.id))!,
        }))
        .sort(byCount),
      unattributed,
    },
  }
}
