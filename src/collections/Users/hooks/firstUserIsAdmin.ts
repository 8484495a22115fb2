import type { CollectionBeforeChangeHook } from 'payload'
import { slugs } from '../../../lib/slugs'

/** The first account made on an empty site is its admin. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({
    collection: slugs.users,
    req,
    overrideAccess: true,
  })
  if (totalDocs === 0) data.roles = ['admin']
  return data
}
