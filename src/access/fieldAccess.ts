import type { FieldAccess } from 'payload'
import { staffRoles } from '../lib/roles'
import { checkRole } from './checkRole'

export const adminFieldOnly: FieldAccess = ({ req: { user } }) => checkRole(['admin'], user)

export const staffFieldOnly: FieldAccess = ({ req: { user } }) => checkRole(staffRoles, user)
