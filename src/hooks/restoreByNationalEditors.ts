import type { CollectionBeforeOperationHook } from 'payload'
import { checkRole } from '../access/checkRole'
import { forbid } from '../access/forbid'
import { sayFor } from '../i18n/admin'
import { roleGroups } from '../lib/roles'

/**
 * The plan's history is restored by national editors only, and never "as a draft": on a
 * collection without drafts Payload would then skip the checks and the write, yet still save a
 * version, a state the plan never had, in the audit trail.
 */
export const restoreByNationalEditors: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'restoreVersion') return args
  if ((args as { draft?: unknown }).draft || !checkRole(roleGroups.nationalEditors, req.user))
    forbid(sayFor(req)('planRestoreRefused'))
  return args
}
