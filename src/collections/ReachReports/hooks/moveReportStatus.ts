import type { CollectionBeforeChangeHook } from 'payload'
import { checkRole } from '../../../access/checkRole'
import { forbid } from '../../../access/forbid'
import { sayFor } from '../../../i18n/admin'
import { roleGroups } from '../../../lib/roles'
import type { ReportStatus } from '../../../reach/reportValues'

/**
 * The report's status moves draft → submitted (by its province, or nationally) → accepted (by
 * the national level only), and back to draft when the national level returns it. Once
 * submitted, its province can no longer change it.
 */
export const moveReportStatus: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const before = (operation === 'update' ? originalDoc?.status : 'draft') as ReportStatus
  const after = (data.status ?? before) as ReportStatus
  const say = sayFor(req)
  const national = checkRole(roleGroups.nationalEditors, req.user)
  if (!national && before !== 'draft') forbid(say('reportLocked'))
  if (after === 'accepted' && before !== 'accepted' && (!national || before !== 'submitted'))
    forbid(say(national ? 'reportAcceptSubmitted' : 'reportAcceptNational'))
  if (after !== before) {
    if (after === 'submitted') data.submittedAt = new Date().toISOString()
    if (after === 'accepted') data.acceptedAt = new Date().toISOString()
  }
  return data
}
