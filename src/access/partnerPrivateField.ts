import type { FieldAccess } from 'payload'
import { staffRoles } from '../lib/roles'
import { checkRole } from './checkRole'

/** A partner's contacts and embed origins: staff, or the partner's own users. */
export const partnerPrivateField: FieldAccess = ({ req: { user }, doc }) => {
  if (checkRole(staffRoles, user)) return true
  if (!user || !checkRole(['partner'], user) || !doc) return false
  const own = (user as { partner?: unknown }).partner
  const ownId = own && typeof own === 'object' ? (own as { id: unknown }).id : own
  return ownId !== undefined && ownId !== null && String(ownId) === String(doc.id)
}
