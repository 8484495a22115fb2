import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
} from 'payload'
import { slugs } from '../../lib/slugs'
import { withoutCarriedUpload } from '../carriedUpload'
import { needsRendition, queueRenditions, RENDITION_CONTEXT } from '../renditions'
import { idOf } from '../../lib/populated'

/** A new audio or video file (upload or replacement) waits for its data-saver copy. */
export const markForRenditions: CollectionBeforeChangeHook = ({ data, req, context }) => {
  if (!req.file || context[RENDITION_CONTEXT]) return data
  if (needsRendition({ mimeType: req.file.mimetype, renditionOf: data.renditionOf })) {
    data.liteStatus = 'queued'
    data.liteBytes = null
    data.liteNote = null
  }
  return data
}

/** …and the job is queued with the write, in its transaction where the database has them. */
export const queueAfterUpload: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context[RENDITION_CONTEXT] || doc.liteStatus !== 'queued') return doc
  if (operation === 'create' || previousDoc?.filename !== doc.filename)
    await queueRenditions(req.payload, doc.id, req)
  return doc
}

/**
 * The copies Siang made of a file go with it: unlinked from it first, then deleted, so that no
 * reference is left in either direction when the original itself is deleted.
 */
export const deleteRenditions: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const context = { [RENDITION_CONTEXT]: true, disableRevalidate: true }
  const { docs: copies } = await req.payload.find({
    collection: slugs.media,
    where: { renditionOf: { equals: id } },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  if (copies.length === 0) return
  const ids = new Set(copies.map((c) => c.id))
  const doc = await req.payload.findByID({ collection: slugs.media, id, depth: 0, req })
  const unlink = Object.fromEntries(
    (['lite', 'poster'] as const)
      .filter((field) => ids.has(idOf(doc[field]) as number))
      .map((field) => [field, null]),
  )
  if (Object.keys(unlink).length)
    await withoutCarriedUpload(req, () =>
      req.payload.update({ collection: slugs.media, id, data: unlink, depth: 0, req, context }),
    )
  for (const copy of ids)
    await req.payload.delete({ collection: slugs.media, id: copy, req, context })
}
