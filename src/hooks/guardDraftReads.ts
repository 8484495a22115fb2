import type { CollectionBeforeOperationHook } from 'payload'
import { checkRole } from '../access/checkRole'
import { staffRoles } from '../lib/roles'

/**
 * Visitors never read drafts: `?draft=true` from a non-staff caller is read as a normal,
 * published-only request. It also records whether an update is a draft save, which the
 * editorial scope hook needs to tell "save a draft" from "unpublish".
 */
export const guardDraftReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && !checkRole(staffRoles, req.user)) {
    return { ...args, draft: false }
  }
  if (operation === 'update') {
    req.context.draftSave = args.draft === true
  }
  return args
}
