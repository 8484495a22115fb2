import type { Access } from 'payload'
import { roleGroups, type Role } from '../../lib/roles'
import { checkRole } from '../checkRole'
import { isProvincialOnly, ownProvinceIds } from './ids'

/**
 * Access for `roles`: a provincial editor among them only to documents whose province, found at
 * `path` (`province`, or `station.province` through a relation), is its own; the others to all.
 */
export const ownProvinceAccess =
  (path: string, roles: readonly Role[] = roleGroups.authors): Access =>
  ({ req: { user } }) => {
    if (!checkRole(roles, user)) return false
    if (!isProvincialOnly(user)) return true
    return { [path]: { in: ownProvinceIds(user) } }
  }
