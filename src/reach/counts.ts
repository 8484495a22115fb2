/**
 * Views and plays per day, item, source and partner (`daily-counts`), and the same added up per
 * half-year (`period-counts`) and per day over every item (`day-counts`), which the roll-up reads:
 * each count is one atomic increment of each of the three rows, in one transaction
 * (./tallies.ts), so the totals always equal the sum of the daily rows.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import { slugs } from '@/lib/slugs'
import { periodOfDay } from './periods'
import { addTo, allOrNothing, forgetRows } from './tallies'

export type CountKey = {
  day: string
  type: string
  slug: string
  source: 'site' | 'embed' | 'podcast'
  partner: number | null
}

type Counts = { views?: number; plays?: number }

const counters = [slugs.dailyCounts, slugs.periodCounts, slugs.dayCounts]

/** Adds `by` to the three rows of `key`, inside `req`'s transaction. */
async function addToRows(payload: Payload, key: CountKey, by: Counts, req: PayloadRequest) {
  const { day, ...item } = key
  const numbers = Object.fromEntries(Object.entries(by).filter(([, n]) => n))
  if (!Object.keys(numbers).length) return
  await addTo(payload, slugs.dailyCounts, key, numbers, req)
  await addTo(payload, slugs.periodCounts, { period: periodOfDay(day), ...item }, numbers, req)
  await addTo(payload, slugs.dayCounts, { day }, numbers, req)
}

/**
 * Adds `by` to the rows of `key`: the day's, the half-year's and the day's total. False (logged)
 * when it could not; then none was added to.
 */
export function addCounts(payload: Payload, key: CountKey, by: Counts): Promise<boolean> {
  return allOrNothing(payload, counters, 'a count', (req) => addToRows(payload, key, by, req))
}

/** Adds one to `field` of the rows for `key`. A failure is logged, never shown to the visitor. */
export async function countOne(
  payload: Payload,
  key: CountKey,
  field: 'views' | 'plays',
): Promise<void> {
  await addCounts(payload, key, { [field]: 1 })
}

/**
 * Takes the daily rows `where` out of the counts, and their numbers out of the totals (the demo's
 * reset, src/seed): each row and its share of the totals together, read again inside the
 * transaction. Throws when a row could not be taken out, after trying the rest.
 */
export async function removeCounts(payload: Payload, where: Where): Promise<number> {
  // Siang's own bookkeeping, for the seed: no visitor asks, and no API caller may write counts.
  const { docs } = await payload.find({
    collection: slugs.dailyCounts,
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
  })
  let removed = 0
  for (const { id } of docs) {
    const gone = await allOrNothing(payload, counters, 'removing a count', async (req) => {
      const row = await payload.findByID({
        collection: slugs.dailyCounts,
        id,
        depth: 0,
        req,
        overrideAccess: true,
      })
      const key: CountKey = {
        day: row.day,
        type: row.type,
        slug: row.slug,
        source: row.source,
        partner: (row.partner as number | null | undefined) ?? null,
      }
      await addToRows(payload, key, { views: -(row.views ?? 0), plays: -(row.plays ?? 0) }, req)
      await payload.delete({ collection: slugs.dailyCounts, id, req, overrideAccess: true })
    })
    // The row this process knew for the key is gone either way.
    forgetRows(slugs.dailyCounts)
    if (gone) removed++
  }
  if (removed < docs.length)
    throw new Error(`${docs.length - removed} of ${docs.length} counts could not be taken out.`)
  return removed
}
