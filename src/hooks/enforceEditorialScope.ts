import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'
import { checkRole } from '../access/checkRole'
import { forbid } from '../access/forbid'
import { provincesOutside, refIds } from './provinceScope'

/**
 * The rules that bind a provincial editor, enforced on every write made for a user (REST,
 * GraphQL, admin, and Local API calls that pass the user). They answer 403 with a message.
 * - They never publish or unpublish.
 * - Every province of the document, before and after the change, is one of theirs.
 */
export const enforceEditorialScope: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const user = req.user
  if (!user) return data
  if (checkRole(['admin', 'editor', 'reviewer'], user)) return data
  if (!checkRole(['provincial-editor'], user)) {
    forbid('Your role may not change content.')
  }

  const status = data._status ?? originalDoc?._status
  if (status === 'published') {
    forbid(
      'Provincial editors cannot publish. Save this as a draft and ask a reviewer or editor to publish it.',
    )
  }
  // A save that is not a draft save writes the live document: on published work that either
  // publishes the change or unpublishes it. (originalDoc may be the newest draft, so ask for
  // the live one.)
  if (operation === 'update' && req.context.draftSave !== true && collection) {
    const live = await req.payload.findByID({
      collection: collection.slug as CollectionSlug,
      id: originalDoc.id,
      depth: 0,
      draft: false,
      req,
      disableErrors: true,
      select: { _status: true } as never,
    })
    if ((live as { _status?: string } | null)?._status === 'published') {
      forbid(
        'Provincial editors cannot change or unpublish published work directly. Save your changes as a draft for a reviewer.',
      )
    }
  }

  const mine = (user as { provinces?: unknown }).provinces
  const before = operation === 'update' ? provincesOutside(originalDoc?.provinces, mine) : []
  if (before.length > 0) {
    forbid('This document belongs to a province outside yours, so you cannot edit it.')
  }
  const provinces = data.provinces !== undefined ? data.provinces : originalDoc?.provinces
  if (refIds(provinces).length === 0) {
    forbid('Choose at least one of your provinces for this document.')
  }
  if (provincesOutside(provinces, mine).length > 0) {
    forbid('You can only assign your own provinces to a document.')
  }
  return data
}
