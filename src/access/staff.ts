import type { Access } from 'payload'
import { roleGroups } from '../lib/roles'
import { checkRole } from './checkRole'

/** Anyone who works in the CMS: admins, editors, provincial editors and reviewers. */
export const staff: Access = ({ req: { user } }) => checkRole(roleGroups.staff, user)
