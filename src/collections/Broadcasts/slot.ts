import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { sayFor } from '../../i18n/admin'
import { slugs } from '../../lib/slugs'
import { broadcastSlot } from './values'
import { idOf } from '../../lib/populated'

/**
 * Names the booking (`slot`) from the station, item and planned time, and refuses a second
 * broadcast of the same booking on the field people set, with a message. The unique index on
 * `slot` holds even against two writes at once.
 */
export const identifySlot: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  operation,
}) => {
  const merged = { ...originalDoc, ...data } as {
    station?: unknown
    item?: { relationTo?: string; value?: unknown } | null
    plannedAt?: string
  }
  const station = idOf(merged.station)
  const item = idOf(merged.item?.value)
  if (station == null || item == null || !merged.item?.relationTo || !merged.plannedAt) return data
  const slot = broadcastSlot(
    station as number,
    merged.item.relationTo,
    item as number,
    merged.plannedAt,
  )
  const { totalDocs } = await req.payload.count({
    collection: slugs.broadcasts,
    where: {
      slot: { equals: slot },
      ...(operation === 'update' ? { id: { not_equals: originalDoc?.id } } : {}),
    },
    req,
  })
  if (totalDocs > 0)
    throw new ValidationError(
      {
        collection: slugs.broadcasts,
        errors: [{ path: 'plannedAt', message: sayFor(req)('broadcastDuplicate') }],
      },
      req.t,
    )
  data.slot = slot
  return data
}
