import type { CollectionBeforeOperationHook } from 'payload'
import { currentDoc } from '../storedFiles'

type Focal = { focalX?: number | null; focalY?: number | null }

/**
 * A new focal point sent as data (REST JSON or the Local API) regenerates the cropped sizes, as
 * the admin's focal-point picker does. Payload only does that when the edit arrives in the
 * `uploadEdits` query, which only its admin sends.
 */
export const focalPointRegeneratesSizes: CollectionBeforeOperationHook = async ({
  args,
  operation,
  collection,
  req,
}) => {
  const { id, data } = args as { id?: string | number; data?: Focal }
  if (operation !== 'update' || id === undefined || req.file || req.query?.uploadEdits) return args
  if (typeof data?.focalX !== 'number' && typeof data?.focalY !== 'number') return args
  const doc = (await currentDoc(req, collection.slug, id)) as
    (Focal & { mimeType?: string | null }) | null
  if (!doc?.mimeType?.startsWith('image/')) return args
  const x = data.focalX ?? doc.focalX ?? 50
  const y = data.focalY ?? doc.focalY ?? 50
  if (x === doc.focalX && y === doc.focalY) return args
  req.query = { ...req.query, uploadEdits: { focalPoint: { x, y } } }
  // Payload compares the edit with the incoming data, and writes the new point itself.
  const { focalX: _x, focalY: _y, ...rest } = data
  return { ...args, data: rest }
}
