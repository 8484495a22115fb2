/**
 * One row of a station log, checked against what Siang holds (./import.ts plans it): the station
 * by its Lao or English name and the user's provinces, the planned Lao time, the item by type and slug, and the
 * status with its aired time. Each problem names the value that was wrong.
 */
import type { CollectionSlug, PayloadRequest } from 'payload'
import {
  airable,
  broadcastStatuses,
  type Airable,
  type BroadcastStatus,
} from '../collections/Broadcasts/values'
import { slugs } from '../lib/slugs'
import type { Say } from '../i18n/siang'
import { fromLaoTime } from '../lib/laoTime'
import { defaultLocale, locales, type Locale } from '../lib/locales'
import { normalize } from '../search/text'
import type { LogRow } from './importCsv'
import type { Id, PlannedRow } from './types'

/** `type` as officers write it, or the collection slug itself. */
const types: Record<string, Airable> = {
  'radio-spot': slugs.radioSpots,
  'tv-spot': slugs.tvSpots,
  episode: slugs.episodes,
  song: slugs.songs,
  ...Object.fromEntries(airable.map((s) => [s, s])),
}

/** Station names match whatever the keyboard: NFKC (ຳ = ໍ + າ), case and spacing folded. */
const stationKey = (name: string) => normalize(name).trim().replace(/\s+/g, ' ')

/** A station, named in the language of the person importing (the other when it has none). */
type Station = { id: Id; name: string; province?: unknown }
type Names = Partial<Record<Locale, string | null>>

/** Every station by each of its names, Lao and English: a log may name it either way. */
async function stationsByName(req: PayloadRequest) {
  const language = locales.find((l) => l === req.i18n?.language) ?? defaultLocale
  const { docs } = await req.payload.find({
    collection: slugs.stations,
    select: { name: true, province: true },
    locale: 'all',
    req,
    user: req.user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
  })
  const stations = new Map<string, Station[]>()
  for (const doc of docs) {
    const names = (doc.name ?? {}) as unknown as Names
    const name = names[language] || locales.map((l) => names[l]).find(Boolean) || ''
    const station = { id: doc.id, name, province: doc.province }
    // A station whose two names are the same is still one station.
    const keys = new Set(locales.flatMap((l) => (names[l] ? [stationKey(names[l])] : [])))
    for (const key of keys) stations.set(key, [...(stations.get(key) ?? []), station])
  }
  return stations
}

/** Everything the rows refer to, read as the user in a few queries. */
export async function lookups(req: PayloadRequest, rows: LogRow[]) {
  const { payload, user } = req
  const asUser = { req, user, overrideAccess: false, depth: 0, pagination: false } as const
  const stations = await stationsByName(req)
  const items = new Map<string, Id>()
  for (const type of airable) {
    const wanted = rows.filter((r) => types[r.cells.type.trim().toLowerCase()] === type)
    if (!wanted.length) continue
    // Drafts count: a station books a spot before it is on the site.
    const { docs } = await payload.find({
      collection: type as CollectionSlug,
      where: { slug: { in: [...new Set(wanted.map((r) => r.cells.item.trim().toLowerCase()))] } },
      draft: true,
      select: { slug: true },
      ...asUser,
    })
    for (const doc of docs as unknown as { id: Id; slug: string }[])
      items.set(`${type}|${doc.slug}`, doc.id)
  }
  return { stations, items }
}

export type Found = Awaited<ReturnType<typeof lookups>>

/** A row's cells as a broadcast, or what is wrong with them (each problem naming its value). */
export function checkRow(
  { cells }: LogRow,
  found: Found,
  mine: string[] | null,
  say: Say,
): Omit<PlannedRow, 'action' | 'line'> | string[] {
  const problems: string[] = []
  const empty = (['station', 'date', 'time', 'type', 'item'] as const).filter(
    (c) => !cells[c].trim(),
  )
  if (empty.length) return empty.map((column) => say('importEmptyCell', { column }))

  const stationName = cells.station.trim()
  const matches = found.stations.get(stationKey(stationName)) ?? []
  const station = matches[0]
  if (!matches.length) problems.push(say('importUnknownStation', { value: stationName }))
  else if (matches.length > 1)
    problems.push(say('importAmbiguousStation', { value: stationName, count: matches.length }))
  else if (mine && !mine.includes(String(station.province)))
    problems.push(say('importStationOutside', { value: stationName }))

  const date = cells.date.trim()
  const plannedAt = fromLaoTime(date, cells.time)
  if (!fromLaoTime(date, '00:00')) problems.push(say('importBadDate', { value: date }))
  else if (!plannedAt) problems.push(say('importBadTime', { value: cells.time.trim() }))

  const typeCell = cells.type.trim().toLowerCase()
  const type = types[typeCell]
  const slug = cells.item.trim().toLowerCase()
  const item = type && found.items.get(`${type}|${slug}`)
  if (!type) problems.push(say('importBadType', { value: cells.type.trim() }))
  else if (item === undefined)
    problems.push(say('importUnknownItem', { type: typeCell, value: slug }))

  const status = (cells.status.trim().toLowerCase() || 'planned') as BroadcastStatus
  if (!broadcastStatuses.includes(status))
    problems.push(say('importBadStatus', { value: cells.status.trim() }))
  const airedCell = cells.aired_at.trim()
  // `HH:MM` on the planned day, or a whole `YYYY-MM-DD HH:MM` (a late-night show ends after midnight).
  const [airedDay, airedTime] =
    airedCell.includes(' ') || airedCell.includes('T')
      ? airedCell.split(/[ T]+/)
      : [date, airedCell]
  const airedAt = airedCell ? fromLaoTime(airedDay, airedTime ?? '') : undefined
  if (airedAt === null) problems.push(say('importBadAiredAt', { value: airedCell }))
  else if ((status === 'aired' || status === 'moved') && !airedAt)
    problems.push(say('importNeedsAiredAt', { value: status }))
  else if ((status === 'planned' || status === 'missed') && airedAt)
    problems.push(say('importNoAiredAt', { value: status, airedAt: airedCell }))

  if (problems.length || !station || !plannedAt || !type || item === undefined) return problems
  const note = cells.note.trim()
  return {
    station: { id: station.id, name: station.name },
    type,
    item: { id: item, slug },
    plannedAt: plannedAt.toISOString(),
    status,
    ...(airedAt ? { airedAt: airedAt.toISOString() } : {}),
    ...(note ? { note } : {}),
  }
}
