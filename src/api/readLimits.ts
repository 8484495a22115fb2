/**
 * How much one request from a visitor or a partner may read at once, through REST and GraphQL.
 * Staff (the admin) and Siang's own Local API calls are not limited here. See docs/access.md.
 */
import type { CollectionBeforeOperationHook } from 'payload'
import { checkRole } from '../access/checkRole'
import { roleGroups } from '../lib/roles'

/** Documents per page, and levels of relations filled in. */
export const READ_LIMITS = { limit: 100, depth: 2 } as const

type ReadArgs = { limit?: number; depth?: number; pagination?: boolean; currentDepth?: number }

/**
 * A visitor's read asks for at most 100 documents (`limit=0`, which Payload takes as "all", and
 * anything larger become 100; `pagination=false` is ignored) and fills relations at most two
 * levels deep. The rest is a page away.
 */
export const capPublicReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' && operation !== 'readDistinct') return args
  if (req.payloadAPI === 'local' || checkRole(roleGroups.staff, req.user)) return args
  const asked = args as ReadArgs
  // Payload filling in the relations of documents already read (its dataloader, one find for
  // every id at once): bounded by the capped page and depth above it.
  if (asked.currentDepth) return args
  const limit = Number(asked.limit)
  const depth = Number(asked.depth)
  return {
    ...args,
    ...(asked.limit !== undefined && !(limit > 0 && limit <= READ_LIMITS.limit)
      ? { limit: READ_LIMITS.limit }
      : {}),
    ...(asked.depth !== undefined && !(depth <= READ_LIMITS.depth)
      ? { depth: READ_LIMITS.depth }
      : {}),
    pagination: true,
  }
}
