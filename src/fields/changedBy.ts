import type { CollectionBeforeChangeHook, Field } from 'payload'
import { writtenBySiangOnly } from '../access/fieldAccess'
import { slugs } from '../lib/slugs'

/**
 * Who last changed a document, as Siang records it (never as sent): with versions on, each
 * version says who made it, which is the plan's audit trail (targets, indicators).
 */
export const changedByField: Field = {
  name: 'changedBy',
  type: 'relationship',
  relationTo: slugs.users,
  access: writtenBySiangOnly,
  label: { en: 'Last changed by', lo: 'ແກ້ໄຂລ່າສຸດໂດຍ' },
  admin: { position: 'sidebar', readOnly: true },
}

/** Records the signed-in user who writes; a script without one leaves it empty. */
export const recordChanger: CollectionBeforeChangeHook = ({ data, req }) => ({
  ...data,
  changedBy: req.user?.id ?? null,
})
