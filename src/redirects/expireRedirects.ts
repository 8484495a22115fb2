import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { afterCommit } from '../db/failedWrites'
import { expireTags } from '../site/freshness'
import { tags } from '../site/tags'

/**
 * A staff redirect made, changed or removed: every kept answer that looked for one (each 404,
 * each redirect) is made again on its next visit, so a new short link works at once, even at an
 * address that was a kept 404 a moment before.
 */
export const expireRedirects: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({
  doc,
  req,
}) => {
  await afterCommit(req, () => expireTags([tags.redirects], req))
  return doc
}
