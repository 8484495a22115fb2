import type { Access } from 'payload'
import { roleGroups } from '../lib/roles'
import { checkRole } from './checkRole'

export const admins: Access = ({ req: { user } }) => checkRole(roleGroups.admins, user)
