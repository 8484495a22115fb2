/**
 * The summary's arithmetic for plays and views: the daily counters added up by source, type,
 * item, day and partner. Pure, as ./figures.ts is.
 */
import { idOf } from '../../lib/populated'
import { emptyCounted, num } from './figures'
import type { Counted, Doc, ReachSummary } from './types'

/** The counters added up, before items and partners are named. */
export type PlayCounts = {
  total: Counted
  bySource: ReachSummary['plays']['bySource']
  byType: Map<string, Counted>
  byItem: Map<string, { type: string; slug: string } & Counted>
  byDay: Map<string, Counted>
  /** Embeds per partner id. */
  byPartner: Map<string, Counted>
  unattributed: Counted
}

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

/**
 * The half-year's `period-counts` rows added up, and its `day-counts` as its days; a source other
 * than site or podcast counts as an embed.
 */
export function addUpCounts(rows: Doc[], days: Doc[]): PlayCounts {
  const counts: PlayCounts = {
    total: emptyCounted(),
    bySource: { site: emptyCounted(), embed: emptyCounted(), podcast: emptyCounted() },
    byType: new Map(),
    byItem: new Map(),
    byDay: new Map(),
    byPartner: new Map(),
    unattributed: emptyCounted(),
  }
  for (const row of rows) {
    const type = String(row.type)
    const slug = String(row.slug)
    add(counts.total, row)
    add(
      counts.bySource[row.source === 'site' || row.source === 'podcast' ? row.source : 'embed'],
      row,
    )
    add(entry(counts.byType, type, emptyCounted), row)
    add(
      entry(counts.byItem, `${type}/${slug}`, () => ({ type, slug, ...emptyCounted() })),
      row,
    )
    if (row.source === 'embed') {
      const partner = idOf(row.partner)
      add(
        partner === null || partner === undefined
          ? counts.unattributed
          : entry(counts.byPartner, String(partner), emptyCounted),
        row,
      )
    }
  }
  for (const day of days) add(entry(counts.byDay, String(day.day), emptyCounted), day)
  return counts
}

/** The slugs of the items counted, per type: what their titles are read by. */
export function slugsByType(counts: PlayCounts): Map<string, string[]> {
  const slugs = new Map<string, string[]>()
  for (const item of counts.byItem.values()) entry(slugs, item.type, () => []).push(item.slug)
  return slugs
}

/**
 * Plays and views, most played first (then most viewed), days in order; items titled from
 * `titles` (by `type/slug`), null when they have none.
 */
export function playFigures(
  counts: PlayCounts,
  titles: Map<string, string>,
): ReachSummary['plays'] {
  return {
    total: counts.total,
    bySource: counts.bySource,
    byType: [...counts.byType].map(([type, c]) => ({ type, ...c })).sort(byCount),
    byItem: [...counts.byItem.values()]
      .map((i) => ({ ...i, title: titles.get(`${i.type}/${i.slug}`) ?? null }))
      .sort(byCount),
    byDay: [...counts.byDay]
      .map(([day, c]) => ({ day, ...c }))
      .sort((a, b) => (a.day < b.day ? -1 : 1)),
  }
}

/** Embeds per partner of `partnerDocs` (those that were counted), most played first. */
export function embedFigures(counts: PlayCounts, partnerDocs: Doc[]): ReachSummary['embeds'] {
  return {
    partners: partnerDocs
      .map((p) => ({
        id: p.id as number | string,
        slug: String(p.slug),
        title: String(p.title ?? p.slug),
        ...counts.byPartner.get(String(p.id))!,
      }))
      .sort(byCount),
    unattributed: counts.unattributed,
  }
}
