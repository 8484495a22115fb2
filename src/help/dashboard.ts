/**
 * The new questions on the admin dashboard, read as the user: the collection's access keeps a
 * provincial editor to its provinces' questions. No message text is shown there, only that a
 * question waits, where it is from and when it came: a dashboard is read over shoulders.
 */
import type { Payload } from 'payload'
import { checkRole } from '../access/checkRole'
import { roleGroups } from '../lib/roles'
import { slugs } from '../lib/slugs'

export type NewQuestion = {
  id: number | string
  /** The province's id, or null when the sender did not say. */
  province: number | string | null
  at: string
}

type User = { id: number | string; roles?: string[] | null; provinces?: unknown }

const LIMIT = 10

/** The newest questions still marked new, and how many there are; null for non-staff. */
export async function newQuestions(
  payload: Payload,
  user: User,
): Promise<{ total: number; items: NewQuestion[] } | null> {
  if (!checkRole(roleGroups.staff, user)) return null
  const { docs, totalDocs } = await payload.find({
    collection: slugs.questions,
    where: { status: { equals: 'new' } },
    sort: '-createdAt',
    limit: LIMIT,
    depth: 0,
    select: { province: true, createdAt: true },
    overrideAccess: false,
    user: user as never,
  })
  return {
    total: totalDocs,
    items: docs.map((d) => ({
      id: d.id,
      province: (d.province as number | null | undefined) ?? null,
      at: d.createdAt,
    })),
  }
}
