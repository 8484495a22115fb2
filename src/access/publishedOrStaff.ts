import type { Access } from 'payload'
import { staffRoles } from '../lib/roles'
import { checkRole } from './checkRole'

/** Staff read everything; the public (and partners) read published documents only. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (checkRole(staffRoles, user)) return true
  return { _status: { equals: 'published' } }
}
