import type { Access } from 'payload'
import { staffRoles } from '../lib/roles'
import { checkRole } from './checkRole'

/** Staff see all media; everyone else only media that published work uses. */
export const mediaRead: Access = ({ req: { user } }) =>
  checkRole(staffRoles, user) ? true : { public: { equals: true } }
