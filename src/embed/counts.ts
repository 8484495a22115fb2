/**
 * Daily loads and plays per item, source and partner, in the `daily-counts` collection. Updates
 * of one row are queued in this process, so that bursts do not lose counts.
 */
import type { Payload, Where } from 'payload'

export type CountKey = {
  day: string
  type: string
  slug: string
  source: 'site' | 'embed'
  partner: number | null
}

const queues = new Map<string, Promise<void>>()

/*
 * overrideAccess: true below is deliberate: `daily-counts` holds only numbers Siang itself
 * writes (no drafts, nothing a visitor authored), and its access rules forbid every API write.
 * The beacon that calls this has already checked that the item is published, as a visitor.
 */
async function bump(payload: Payload, key: CountKey, field: 'views' | 'plays'): Promise<void> {
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
    collection: 'daily-counts',
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const row = docs[0]
  if (row) {
    await payload.update({
      collection: 'daily-counts',
      id: row.id,
      data: { [field]: (row[field] ?? 0) + 1 },
      depth: 0,
      overrideAccess: true,
    })
  } else {
    await payload.create({
      collection: 'daily-counts',
      data: { ...key, views: field === 'views' ? 1 : 0, plays: field === 'plays' ? 1 : 0 },
      depth: 0,
      overrideAccess: true,
    })
  }
}

/** Adds one to `field` of the row for `key`, after any update of the same row still running. */
export async function countOne(
  payload: Payload,
  key: CountKey,
  field: 'views' | 'plays',
): Promise<void> {
  const id = JSON.stringify(key)
  const next = (queues.get(id) ?? Promise.resolve())
    .then(() => bump(payload, key, field))
    .catch((err) => payload.logger.error({ err, msg: '[counts] could not count' }))
  queues.set(id, next)
  await next
  if (queues.get(id) === next) queues.delete(id)
}
