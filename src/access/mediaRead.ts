import type { Access } from 'payload'
import { roleGroups } from '../lib/roles'
import { checkRole } from './checkRole'

/** Staff see all media; everyone else only media that published work uses. */
export const mediaRead: Access = ({ req: { user } }) =>
  checkRole(roleGroups.staff, user) ? true : { public: { equals: true } }
