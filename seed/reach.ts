/**
 * Demo reach data: the stations of seed/data/demo/reach.ts, a broadcast log for 2020-H1 and for
 * the current half-year (some spots missed or moved; those still ahead planned), the provinces'
 * reports (one still a draft in each period), and play counts for 2020-H1. Each record is made
 * once, found by its natural key after that.
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import { laoDay } from '../src/lib/laoTime'
import { addCounts, removeCounts, type CountKey } from '../src/reach/counts'
import { periodOf, periodRange } from '../src/reach/periods'
import { bandField, tableBands } from '../src/reach/reportValues'
import {
  counted,
  embeddingPartner,
  reports,
  schedule,
  stations,
  type DemoReport,
  type DemoStation,
} from './data/demo/reach'
import type { Run } from './types'

const DAY = 24 * 60 * 60 * 1000
const demoPeriods = () => ['2020-H1', periodOf()]
const periodFor = (r: DemoReport) => (r.period === 'current' ? periodOf() : r.period)

type Doc = Record<string, unknown>

async function docs(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  locale?: 'all',
): Promise<Doc[]> {
  const found = await payload.find({
    collection,
    where,
    locale,
    limit: 0,
    pagination: false,
    depth: 0,
  })
  return found.docs as unknown as Doc[]
}

/** The demo's stations, found by their English names (`locale` 'all' reads both names). */
async function demoStations(payload: Payload, locale: 'en' | 'all'): Promise<Doc[]> {
  const { docs: found } = await payload.find({
    collection: 'stations',
    where: { name: { in: stations.map((s) => s.name.en) } },
    locale: 'en',
    limit: 0,
    pagination: false,
    depth: 0,
  })
  if (locale === 'en' || !found.length) return found as unknown as Doc[]
  return docs(payload, 'stations', { id: { in: found.map((d) => d.id) } }, 'all')
}

async function idsBySlug(payload: Payload, collection: CollectionSlug, slugs: string[]) {
  const found = await docs(payload, collection, { slug: { in: slugs } })
  return new Map(found.map((d) => [String(d.slug), d.id as number]))
}

async function provinceIds(payload: Payload): Promise<Map<string, number>> {
  const found = await docs(payload, 'provinces', {})
  return new Map(found.map((p) => [String(p.code), p.id as number]))
}

/** The log of one period: every station, every other week, its items in turn. */
function broadcastLog(period: string, now: Date) {
  const range = periodRange(period)!
  return stations.flatMap((station, s) =>
    Array.from({ length: 13 }, (_, k) => {
      const time = station.kind === 'tv' ? '20:00' : '07:30'
      const plannedAt = new Date(
        new Date(`${range.firstDay}T${time}:00+07:00`).getTime() + (14 * k + s + 2) * DAY,
      )
      const items = schedule[station.kind]
      const item = items[(k + s) % items.length]
      let status: 'planned' | 'aired' | 'missed' | 'moved' = 'aired'
      let airedAt: Date | undefined = plannedAt
      if (plannedAt > now) [status, airedAt] = ['planned', undefined]
      else if ((5 * k + s) % 13 < station.misses) [status, airedAt] = ['missed', undefined]
      else if ((k + 2 * s) % 9 === 4 && plannedAt.getTime() + DAY <= now.getTime())
        [status, airedAt] = ['moved', new Date(plannedAt.getTime() + DAY)]
      return { station, plannedAt, item, status, airedAt }
    }),
  )
}

/** Demo play counts for 2020-H1: every other week, per item, from the site and one partner. */
function playCounts(partner: number | undefined) {
  const range = periodRange('2020-H1')!
  const rows: Doc[] = []
  for (let w = 0; w < 13; w++) {
    const day = laoDay(new Date(range.from.getTime() + (14 * w + 1) * DAY + DAY / 2))
    counted.forEach(([type, slug], i) => {
      const views = 15 + ((w * 37 + i * 11) % 40) + 4 * w
      const hasPlayer = type !== 'news'
      rows.push({
        day,
        type,
        slug,
        source: 'site',
        views,
        plays: hasPlayer ? Math.round(views * (0.3 + (i % 3) * 0.1)) : 0,
      })
      if (partner && type === 'songs' && i < 2) {
        const embedded = 3 + ((w * 7 + i) % 9)
        rows.push({
          day,
          type,
          slug,
          source: 'embed',
          partner,
          views: embedded,
          plays: embedded >> 1,
        })
      }
    })
  }
  return rows
}

/** A demo table, a row of six bands per sex, as the report's fields hold it. */
const sexAgeTable = (table: NonNullable<DemoReport['table']>) =>
  Object.fromEntries(
    Object.entries(table).map(([sex, row]) => [
      sex,
      Object.fromEntries(tableBands.map((band, i) => [bandField[band], row[i]])),
    ]),
  )

const countKey = (d: Doc) =>
  [d.day, d.type, d.slug, d.source, d.partner ?? ''].map(String).join('|')

export async function seedReach(run: Run): Promise<void> {
  const { payload, context, counts, log } = run
  const provinces = await provinceIds(payload)
  const now = new Date()

  const stationIds = new Map<string, number>()
  const existing = await demoStations(payload, 'all')
  for (const s of stations) {
    const found = existing.find(
      (d) => (d.name as DemoStation['name'] | undefined)?.en === s.name.en,
    )
    if (found) {
      // Seeded before stations had Lao names: the Lao name replaces the English copy.
      if ((found.name as DemoStation['name']).lo === s.name.en) {
        await payload.update({
          collection: 'stations',
          id: found.id as number,
          locale: 'lo',
          data: { name: s.name.lo },
          context,
        })
        counts.created++
      } else counts.skipped++
      stationIds.set(s.name.en, found.id as number)
      continue
    }
    const doc = await payload.create({
      collection: 'stations',
      locale: 'lo',
      data: {
        name: s.name.lo,
        kind: s.kind,
        frequency: s.frequency,
        province: provinces.get(s.province)!,
      },
      context,
    })
    await payload.update({
      collection: 'stations',
      id: doc.id,
      locale: 'en',
      data: { name: s.name.en },
      context,
    })
    counts.created++
    stationIds.set(s.name.en, doc.id)
  }

  const items = new Map<string, Map<string, number>>()
  for (const [collection] of Object.values(schedule).flat())
    if (!items.has(collection))
      items.set(
        collection,
        await idsBySlug(
          payload,
          collection as CollectionSlug,
          Object.values(schedule)
            .flat()
            .filter(([c]) => c === collection)
            .map(([, s]) => s),
        ),
      )
  for (const period of demoPeriods()) {
    const range = periodRange(period)!
    const logged = await docs(payload, 'broadcasts', {
      and: [
        { station: { in: [...stationIds.values()] } },
        { plannedAt: { greater_than_equal: range.from.toISOString() } },
        { plannedAt: { less_than: range.to.toISOString() } },
      ],
    })
    const seen = new Set(
      logged.map((b) => `${b.station}|${new Date(String(b.plannedAt)).getTime()}`),
    )
    for (const b of broadcastLog(period, now)) {
      const station = stationIds.get(b.station.name.en)!
      if (seen.has(`${station}|${b.plannedAt.getTime()}`)) {
        counts.skipped++
        continue
      }
      const [collection, slug] = b.item
      const item = items.get(collection)?.get(slug)
      if (!item) continue
      await payload.create({
        collection: 'broadcasts',
        data: {
          item: { relationTo: collection as 'songs', value: item },
          station,
          plannedAt: b.plannedAt.toISOString(),
          status: b.status,
          ...(b.airedAt ? { airedAt: b.airedAt.toISOString() } : {}),
        },
        context,
      })
      counts.created++
    }
  }
  log('stations and broadcast log')

  // Accepting a report is the national level's act: the seed does it as the admin.
  const [admin] = await docs(payload, 'users', { roles: { in: ['admin'] } })
  for (const r of reports) {
    const period = periodFor(r)
    const province = provinces.get(r.province)!
    const found = await docs(payload, 'reach-reports', {
      and: [{ province: { equals: province } }, { period: { equals: period } }],
    })
    if (found.length) {
      counts.skipped++
      continue
    }
    const [eventsHeld, female, male, other, under15, from15to24, from25] = r.figures
    const doc = await payload.create({
      collection: 'reach-reports',
      data: {
        period,
        province,
        status: r.status === 'accepted' ? 'submitted' : r.status,
        eventsHeld,
        reached: { female, male, other },
        reachedByAge: { under15, from15to24, from25 },
        ...(r.table ? { reachedBySexAge: sexAgeTable(r.table) } : {}),
        materials: r.materials.map(([type, count]) => ({ type: type as 'print', count })),
        narrative: r.narrative,
      },
      user: admin as never,
      context,
    })
    if (r.status === 'accepted')
      await payload.update({
        collection: 'reach-reports',
        id: doc.id,
        data: { status: 'accepted' },
        user: admin as never,
        context,
      })
    counts.created++
  }

  const [partner] = await docs(payload, 'partners', { slug: { equals: embeddingPartner } })
  const rows = playCounts(partner?.id as number | undefined)
  const present = new Set((await docs(payload, 'daily-counts', countsWhere())).map(countKey))
  for (const row of rows) {
    if (present.has(countKey(row))) {
      counts.skipped++
      continue
    }
    const { views, plays, ...key } = row as Doc & { views: number; plays: number }
    if (!(await addCounts(payload, { partner: null, ...key } as CountKey, { views, plays })))
      throw new Error(`The demo's count of ${countKey(row)} could not be stored.`)
    counts.created++
  }
  log('reach reports and play counts')
}

/** The demo's play counts: its items, within 2020-H1. */
function countsWhere(): Where {
  const range = periodRange('2020-H1')!
  return {
    and: [
      { day: { greater_than_equal: range.firstDay } },
      { day: { less_than_equal: range.lastDay } },
      { slug: { in: counted.map(([, slug]) => slug) } },
    ],
  }
}

/** Removes the demo's reach records: its stations and their logs, its reports, its counts. */
export async function resetReach({ payload, context, counts }: Run): Promise<void> {
  const remove = async (collection: CollectionSlug, where: Where) => {
    const { docs: gone } = await payload.delete({ collection, where, context })
    counts.deleted += gone.length
  }
  const own = await demoStations(payload, 'en')
  if (own.length) {
    await remove('broadcasts', { station: { in: own.map((s) => s.id) } })
    await remove('stations', { id: { in: own.map((s) => s.id) } })
  }
  const provinces = await provinceIds(payload)
  for (const r of reports)
    await remove('reach-reports', {
      and: [
        { province: { equals: provinces.get(r.province) } },
        { period: { equals: periodFor(r) } },
        { narrative: { equals: r.narrative } },
      ],
    })
  counts.deleted += await removeCounts(payload, countsWhere())
}
