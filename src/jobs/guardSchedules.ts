import type { CollectionBeforeDeleteHook } from 'payload'
import { checkRole } from '../access/checkRole'
import { forbid } from '../access/forbid'
import { sayFor } from '../i18n/admin'
import { roleGroups } from '../lib/roles'

/**
 * Cancelling a scheduled publish deletes its job. Payload's admin does that through a server
 * function that checks only admin access, so the right to publish is checked here.
 */
export const guardScheduleDelete: CollectionBeforeDeleteHook = ({ req }) => {
  if (req.user && !checkRole(roleGroups.publishers, req.user)) {
    forbid(sayFor(req)('refuseCancelSchedule'))
  }
}
