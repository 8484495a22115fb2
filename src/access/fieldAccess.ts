import type { FieldAccess } from 'payload'
import { checkRole } from './checkRole'

export const adminFieldOnly: FieldAccess = ({ req: { user } }) => checkRole(['admin'], user)
