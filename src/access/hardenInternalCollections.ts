import type { SanitizedConfig } from 'payload'
import { payloadSlugs } from '../lib/slugs'
import { guardScheduleDelete } from '../jobs/guardSchedules'
import { writtenBySiangOnly } from './fieldAccess'
import { staff } from './staff'

/**
 * Payload adds collections and fields of its own whose defaults are too open for Siang. They
 * exist only after sanitizing, so this is a step for `afterSanitize` (src/plugins).
 * - Document locks are readable and writable by any signed-in user, partners included: a partner
 *   could list locks on unpublished documents, or lock editors out. Only staff touch them.
 * - The admin cancels a scheduled publish by deleting its job through the Local API, with access
 *   skipped; a hook makes that take the right to publish.
 * - `createdAt` and `updatedAt` are taken from a caller on create: an editor could backdate work.
 *   Only Siang writes them.
 */
export function hardenInternalCollections(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === payloadSlugs.lockedDocuments)
  if (locks)
    locks.access = { ...locks.access, read: staff, create: staff, update: staff, delete: staff }
  const jobs = config.collections.find((c) => c.slug === payloadSlugs.jobs)
  if (jobs) jobs.hooks.beforeDelete = [...(jobs.hooks.beforeDelete ?? []), guardScheduleDelete]
  for (const entity of [...config.collections, ...config.globals])
    for (const field of entity.fields)
      if (field.type === 'date' && (field.name === 'createdAt' || field.name === 'updatedAt'))
        field.access = { ...field.access, ...writtenBySiangOnly }
  return config
}
