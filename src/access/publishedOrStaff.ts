import type { Access } from 'payload'
import { roleGroups } from '../lib/roles'
import { checkRole } from './checkRole'

/** Staff read everything; the public (and partners) read published documents only. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (checkRole(roleGroups.staff, user)) return true
  return { _status: { equals: 'published' } }
}
