/**
 * Daily views and plays per item, source and partner, in the `daily-counts` collection. A count
 * is one atomic increment in the database (`$inc`), so concurrent beacons, and several server
 * processes, never overwrite each other's counts.
 */
import type { Payload, Where } from 'payload'
import { slugs } from '@/lib/slugs'

export type CountKey = {
  day: string
  type: string
  slug: string
  source: 'site' | 'embed' | 'podcast'
  partner: number | null
}

type RowId = number | string

/**
 * The row of each key counted today, found or created once per key and process: concurrent
 * first beacons of a key wait for the same promise, so they never create two rows.
 */
const rows = new Map<string, Promise<RowId>>()
let rowsDay = ''

/*
 * overrideAccess: true and the adapter's own updateOne below are deliberate: `daily-counts` holds
 * only numbers Siang itself writes (no drafts, nothing a visitor authored), it has no hooks, and
 * its access rules forbid every API write. The beacon that calls this has already checked that
 * the item is published, as a visitor.
 */
async function findOrCreate(payload: Payload, key: CountKey): Promise<RowId> {
  const where: Where = {
    and: [
      { day: { equals: key.day } },
      { type: { equals: key.type } },
      { slug: { equals: key.slug } },
      { source: { equals: key.source } },
      key.partner === null ? { partner: { exists: false } } : { partner: { equals: key.partner } },
    ],
  }
  const { docs } = await payload.find({
    collection: slugs.dailyCounts,
    where,
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  if (docs[0]) return docs[0].id
  const created = await payload.create({
    collection: slugs.dailyCounts,
    data: { ...key, views: 0, plays: 0 },
    depth: 0,
    overrideAccess: true,
  })
  return created.id
}

function rowOf(payload: Payload, key: CountKey): Promise<RowId> {
  if (key.day !== rowsDay) {
    // A new day: yesterday's rows are done with.
    rows.clear()
    rowsDay = key.day
  }
  const id = JSON.stringify(key)
  let row = rows.get(id)
  if (!row) {
    row = findOrCreate(payload, key)
    rows.set(id, row)
    // A failed lookup is tried again by the next beacon.
    const mine = row
    mine.catch(() => rows.get(id) === mine && rows.delete(id))
  }
  return row
}

/** Adds one to `field` of the row for `key`. A failure is logged, never shown to the visitor. */
export async function countOne(
  payload: Payload,
  key: CountKey,
  field: 'views' | 'plays',
): Promise<void> {
  try {
    await payload.db.updateOne({
      collection: slugs.dailyCounts,
      id: await rowOf(payload, key),
      data: { [field]: { $inc: 1 }, updatedAt: new Date().toISOString() },
      returning: false,
    })
  } catch (err) {
    payload.logger.error({ err, msg: '[counts] could not count' })
  }
}
