import type { Access } from 'payload'
import { roleGroups } from '../lib/roles'
import { checkRole } from './checkRole'
import { ownPartnerId } from './ownPartner'

/** Staff read every count; a partner user its own partner's, and nothing else. */
export const ownPartnerCounts: Access = ({ req: { user } }) => {
  if (checkRole(roleGroups.staff, user)) return true
  if (!user || !checkRole(roleGroups.partners, user)) return false
  const id = ownPartnerId(user)
  return id === undefined ? false : { partner: { equals: id } }
}
