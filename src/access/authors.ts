import type { Access } from 'payload'
import { roleGroups } from '../lib/roles'
import { checkRole } from './checkRole'
import { publishesAsProvincial } from './provinces'

/**
 * Who may create content: admins, national and provincial editors. Provincial editors pass,
 * except to publish: saying so here hides the Publish and Schedule buttons from them in the
 * admin. The province rules that bind them are enforced by the editorial scope hooks in
 * ./provinces, which answer with a message.
 */
export const authors: Access = ({ req: { user }, data }) =>
  checkRole(roleGroups.authors, user) && !publishesAsProvincial(user, data)
