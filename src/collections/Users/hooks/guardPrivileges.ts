import type { CollectionBeforeOperationHook } from 'payload'
import { checkRole } from '../../../access/checkRole'
import { forbid } from '../../../access/forbid'
import { refIds } from '../../../access/provinces'
import { slugs } from '../../../lib/slugs'
import { sayFor } from '../../../i18n/admin'
import { roleGroups } from '../../../lib/roles'

const privileged = ['roles', 'provinces', 'partner'] as const

function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) =>
    Array.isArray(v) ? refIds(v).sort().join(',') : refIds([v]).join(',')
  return norm(a) === norm(b)
}

/**
 * Only an admin changes roles, provinces or a partner binding. Field access alone would drop
 * such a change silently and answer 200; a refused change answers 403 instead. Sending the
 * current values back unchanged (as the account form does) is fine.
 */
export const guardPrivileges: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'create') return args
  const user = req.user
  if (!user || checkRole(roleGroups.admins, user)) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const touched = privileged.filter((field) => field in data)
  if (touched.length === 0) return args
  const id = (args as { id?: string | number }).id
  if (operation === 'update' && id !== undefined) {
    const current = (await req.payload.findByID({
      collection: slugs.users,
      id,
      depth: 0,
      req,
      disableErrors: true,
    })) as Record<string, unknown> | null
    if (current && touched.every((field) => same(data[field], current[field]))) return args
  }
  forbid(sayFor(req)('refuseAdminFields', { fields: touched.join(', ') }))
}
