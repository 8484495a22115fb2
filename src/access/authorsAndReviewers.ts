import type { Access } from 'payload'
import { roleGroups } from '../lib/roles'
import { checkRole } from './checkRole'
import { publishesAsProvincial } from './provinces'

/** Who may edit content: the authors, and reviewers too, to publish and unpublish. */
export const authorsAndReviewers: Access = ({ req: { user }, data }) =>
  checkRole(roleGroups.staff, user) && !publishesAsProvincial(user, data)
