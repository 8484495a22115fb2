import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { sayFor } from '../../i18n/admin'
import { isProvincialOnly, ownProvinceIds } from './ids'
import { assertAssignable, assertEditable } from './refusals'

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
