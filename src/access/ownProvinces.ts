import type { Access, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { assertAssignable, assertEditable } from '../hooks/editorialScope'
import { refIds } from '../hooks/provinceScope'
import { sayFor } from '../i18n/admin'
import { isProvincialOnly } from '../lib/roles'
import { checkRole } from './checkRole'

/** The ids of the provinces a user is bound to (as ids, however deep the user was read). */
export const ownProvinceIds = (user: unknown): string[] =>
  refIds((user as { provinces?: unknown } | null)?.provinces)

/**
 * Admins and national editors keep every document; a provincial editor only those whose
 * province, found at `path` (`province`, or `station.province` through a relation), is its own.
 */
export const ownProvinceWriters =
  (path: string): Access =>
  ({ req: { user } }) => {
    if (!checkRole(['admin', 'editor', 'provincial-editor'], user)) return false
    if (!isProvincialOnly(user)) return true
    return { [path]: { in: ownProvinceIds(user) } }
  }

/**
 * Before a provincial editor's write: the document as it was must lie in its provinces, and so
 * must the document as the write leaves it. `provinceOf` finds a document's one province.
 */
export const keepWithinOwnProvinces =
  (
    provinceOf: (req: PayloadRequest, doc: Record<string, unknown>) => unknown,
  ): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (!isProvincialOnly(req.user)) return data
    const say = sayFor(req)
    const mine = ownProvinceIds(req.user)
    const before = operation === 'update' ? (originalDoc ?? {}) : {}
    if (operation === 'update')
      assertEditable({ provinces: [await provinceOf(req, before)] }, mine, say)
    assertAssignable([await provinceOf(req, { ...before, ...data })], mine, say)
    return data
  }
