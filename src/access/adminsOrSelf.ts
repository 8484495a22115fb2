import type { Access } from 'payload'
import { roleGroups } from '../lib/roles'
import { checkRole } from './checkRole'

export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(roleGroups.admins, user)) return true
  return { id: { equals: user.id } }
}
