import type { CollectionBeforeOperationHook } from 'payload'
import { checkRole } from '../access/checkRole'
import { roleGroups } from '../lib/roles'

/**
 * Visitors never read drafts: `?draft=true` from a non-staff caller is read as a normal,
 * published-only request.
 */
export const guardDraftReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && !checkRole(roleGroups.staff, req.user)) {
    return { ...args, draft: false }
  }
  return args
}
