import type { Access } from 'payload'
import { roleGroups } from '../lib/roles'
import { checkRole } from './checkRole'

/** Admins and national editors: all content, everywhere. */
export const nationalEditors: Access = ({ req: { user } }) =>
  checkRole(roleGroups.nationalEditors, user)
