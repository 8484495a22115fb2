import type { SanitizedConfig } from 'payload'
import { guardScheduleDelete } from '../jobs/guardSchedules'
import { staff } from './staff'

/**
 * Payload adds two collections of its own whose defaults are too open for Siang. They exist only
 * after sanitizing, so they are adjusted here.
 * - Document locks are readable and writable by any signed-in user, partners included: a partner
 *   could list locks on unpublished documents, or lock editors out. Only staff touch them.
 * - The admin cancels a scheduled publish by deleting its job through the Local API, with access
 *   skipped; a hook makes that take the right to publish.
 */
export function hardenInternalCollections(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (locks)
    locks.access = { ...locks.access, read: staff, create: staff, update: staff, delete: staff }
  const jobs = config.collections.find((c) => c.slug === 'payload-jobs')
  if (jobs) jobs.hooks.beforeDelete = [...(jobs.hooks.beforeDelete ?? []), guardScheduleDelete]
  return config
}
