import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest, Where } from 'payload'
import { ValidationError } from 'payload'
import { idOf } from '../lib/populated'

/**
 * One document per combination of `keys` (a report per province and period, a target per
 * indicator, province and period): a second is refused on `path`, with a message a person can act
 * on. A unique index alone would refuse it with none, and would let two national targets (no
 * province, NULL) through. An empty key matches the documents where it is empty.
 */
export function refuseDuplicate({
  collection,
  keys,
  path,
  message,
}: {
  collection: CollectionSlug
  keys: readonly string[]
  path: string
  message: (req: PayloadRequest, data: Record<string, unknown>) => string
}): CollectionBeforeChangeHook {
  return async ({ data, operation, originalDoc, req }) => {
    const merged: Record<string, unknown> = { ...originalDoc, ...data }
    if (merged[path] === undefined || merged[path] === null) return data
    const where: Where[] = keys.map((key) => {
      const value = idOf(merged[key])
      return value === null || value === undefined || value === ''
        ? { [key]: { exists: false } }
        : { [key]: { equals: value } }
    })
    if (operation === 'update') where.push({ id: { not_equals: originalDoc?.id } })
    const { totalDocs } = await req.payload.count({
      collection,
      where: { and: where },
      overrideAccess: true,
      req,
    })
    if (totalDocs)
      throw new ValidationError(
        { collection, errors: [{ path, message: message(req, merged) }] },
        req.t,
      )
    return data
  }
}
