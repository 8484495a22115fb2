import type { Access, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { assertAssignable, assertEditable } from '../hooks/editorialScope'
import { refIds } from '../hooks/provinceScope'
import { sayFor } from '../i18n/admin'
import { isProvincialOnly, type Role } from '../lib/roles'
import { checkRole } from './checkRole'

/** The ids of the provinces a user is bound to (as ids, however deep the user was read). */
export const ownProvinceIds = (user: unknown): string[] =>
  refIds((user as { provinces?: unknown } | null)?.provinces)

/**
 * Access for `roles`: a provincial editor among them only to documents whose province, found at
 * `path` (`province`, or `station.province` through a relation), is its own; the others to all.
 */
export const ownProvinceAccess =
  (path: string, roles: readonly Role[] = ['admin', 'editor', 'provincial-editor']): Access =>
  ({ req: { user } }) => {
    if (!checkRole(roles, user)) return false
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
