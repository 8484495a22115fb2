import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'
import {
  mediaFieldsOf,
  referencedMedia,
  refreshMediaVisibility,
  settingsMedia,
} from '../visibility'

/** After a document changes, the media it used or uses may have become public or private. */
export const trackMediaVisibility: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const fields = mediaFieldsOf(collection)
  if (fields.length === 0) return doc
  // Only published work makes media public: saves (and autosaves) of a draft that was not
  // published before and is not published now change nothing.
  const published = (d: { _status?: string } | undefined) => d?._status === 'published'
  if (collection.versions?.drafts && !published(doc) && !published(previousDoc)) return doc
  const ids = [
    ...new Set([...referencedMedia(doc, fields), ...referencedMedia(previousDoc, fields)]),
  ]
  await refreshMediaVisibility(req, ids)
  return doc
}

export const trackMediaVisibilityOnDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  await refreshMediaVisibility(req, referencedMedia(doc, mediaFieldsOf(collection)))
  return doc
}

/** After the site settings change, their old and new media may have become public or private. */
export const trackSettingsMediaVisibility: GlobalAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  await refreshMediaVisibility(req, [
    ...new Set([...settingsMedia(doc), ...settingsMedia(previousDoc)]),
  ])
  return doc
}
