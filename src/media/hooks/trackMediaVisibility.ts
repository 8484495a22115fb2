import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { mediaFieldsOf, referencedMedia, refreshMediaVisibility } from '../visibility'

/** After a document changes, the media it used or uses may have become public or private. */
export const trackMediaVisibility: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const fields = mediaFieldsOf(collection)
  if (fields.length === 0) return doc
  const ids = [...new Set([...referencedMedia(doc, fields), ...referencedMedia(previousDoc, fields)])]
  await refreshMediaVisibility(req, ids)
  return doc
}

export const trackMediaVisibilityOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await refreshMediaVisibility(req, referencedMedia(doc, mediaFieldsOf(collection)))
  return doc
}
