import type { CollectionBeforeChangeHook } from 'payload'

/**
 * `closedAt` is when the question was last closed: set as its status becomes closed, cleared when
 * it is opened again. The purge (src/help/purge.ts) counts from it.
 */
export const stampClosedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  if (status === 'closed') {
    if (originalDoc?.status !== 'closed' || !originalDoc?.closedAt)
      data.closedAt = new Date().toISOString()
  } else if (originalDoc?.closedAt) {
    data.closedAt = null
  }
  return data
}
