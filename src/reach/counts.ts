/**
 * Daily views and plays per item, source and partner, in the `daily-counts` collection: one
 * atomic increment each (./tallies.ts).
 */
import type { Payload } from 'payload'
import { slugs } from '@/lib/slugs'
import { addTo } from './tallies'

export type CountKey = {
  day: string
  type: string
  slug: string
  source: 'site' | 'embed' | 'podcast'
  partner: number | null
}

/** Adds one to `field` of the row for `key`. A failure is logged, never shown to the visitor. */
export async function countOne(
  payload: Payload,
  key: CountKey,
  field: 'views' | 'plays',
): Promise<void> {
  try {
    await addTo(payload, slugs.dailyCounts, key, { [field]: 1 })
  } catch (err) {
    payload.logger.error({ err, msg: '[counts] could not count' })
  }
}
