import type { FieldAccess } from 'payload'
import { roleGroups } from '../lib/roles'
import { checkRole } from './checkRole'
import { ownPartnerId } from './ownPartner'

/** A partner's contacts and embed origins: staff, or the partner's own users. */
export const partnerPrivateField: FieldAccess = ({ req: { user }, doc }) => {
  if (checkRole(roleGroups.staff, user)) return true
  if (!user || !checkRole(roleGroups.partners, user) || !doc) return false
  const ownId = ownPartnerId(user)
  return ownId !== undefined && String(ownId) === String(doc.id)
}
