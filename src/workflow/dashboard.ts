/**
 * What the admin dashboard shows a member of staff: work waiting for review, work sent back
 * with changes requested, what is scheduled to publish in the next seven days, and what was
 * published in the last fourteen. Read as the user (`overrideAccess: false`); a provincial
 * editor sees only its provinces' work.
 */
import type { Payload, Where } from 'payload'
import { contentSlugs, payloadSlugs, type ContentSlug } from '../lib/slugs'
import { isProvincialOnly, refIds } from '../access/provinces'

export type DashboardItem = {
  collection: ContentSlug
  id: number | string
  title: string
  /** The moment that orders the list: last change, scheduled time, or publication. */
  at: string
  workflowStatus?: string | null
}

export type Dashboard = {
  waiting: DashboardItem[]
  changesRequested: DashboardItem[]
  scheduled: DashboardItem[]
  recent: DashboardItem[]
  /** The provinces the lists are limited to; null when the user sees the whole country. */
  provinces: (number | string)[] | null
}

type User = { id: number | string; roles?: string[] | null; provinces?: unknown }

const DAY = 24 * 60 * 60 * 1000
const LIMIT = 20

const newestFirst = (a: DashboardItem, b: DashboardItem) => b.at.localeCompare(a.at)

export async function dashboardData(
  payload: Payload,
  user: User,
  now = new Date(),
): Promise<Dashboard> {
  const provinces = isProvincialOnly(user) ? refIds(user.provinces) : null
  const scope: Where[] = provinces ? [{ provinces: { in: provinces } }] : []
  const asUser = { overrideAccess: false, user: user as never, depth: 0 } as const

  const list = async (where: Where[], draft: boolean, field: 'updatedAt' | 'publishedAt') => {
    const found = await Promise.all(
      contentSlugs.map(async (collection) => {
        const { docs } = await payload.find({
          collection,
          where: { and: [...where, ...scope] },
          draft,
          sort: `-${field}`,
          limit: LIMIT,
          ...asUser,
        })
        return docs.map((d) => {
          const doc = d as unknown as Record<string, unknown>
          return {
            collection,
            id: doc.id as number | string,
            title: String(doc.title ?? doc.slug ?? doc.id),
            at: String(doc[field] ?? doc.updatedAt),
            workflowStatus: doc.workflowStatus as string | null | undefined,
          }
        })
      }),
    )
    return found.flat().sort(newestFirst).slice(0, LIMIT)
  }

  const [waiting, changesRequested, recent, scheduled] = await Promise.all([
    list([{ workflowStatus: { equals: 'in-review' } }], true, 'updatedAt'),
    list([{ workflowStatus: { equals: 'changes-requested' } }], true, 'updatedAt'),
    list(
      [
        { _status: { equals: 'published' } },
        { publishedAt: { greater_than_equal: new Date(now.getTime() - 14 * DAY).toISOString() } },
        { publishedAt: { less_than_equal: now.toISOString() } },
      ],
      false,
      'publishedAt',
    ),
    scheduledThisWeek(payload, user, provinces, now),
  ])
  return { waiting, changesRequested, scheduled, recent, provinces }
}

/**
 * Scheduled publishing lives in Payload's job queue. The queue is the system's, so it is read
 * without access control; each document is then read as the user, which drops what they may
 * not see.
 */
async function scheduledThisWeek(
  payload: Payload,
  user: User,
  provinces: (number | string)[] | null,
  now: Date,
): Promise<DashboardItem[]> {
  const { docs: jobs } = await payload.find({
    collection: payloadSlugs.jobs,
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { waitUntil: { greater_than_equal: now.toISOString() } },
        { waitUntil: { less_than_equal: new Date(now.getTime() + 7 * DAY).toISOString() } },
      ],
    },
    sort: 'waitUntil',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  // Publishing jobs by collection, then each collection's documents in one read, as the user.
  const byCollection = new Map<ContentSlug, { id: number | string; at: string }[]>()
  for (const job of jobs) {
    const input = job.input as {
      type?: string
      doc?: { relationTo?: string; value?: number | string }
    } | null
    const collection = input?.doc?.relationTo as ContentSlug | undefined
    if (input?.type !== 'publish' || !collection || !contentSlugs.includes(collection)) continue
    const list = byCollection.get(collection) ?? []
    list.push({ id: input.doc!.value!, at: String(job.waitUntil) })
    byCollection.set(collection, list)
  }
  const items: DashboardItem[] = []
  for (const [collection, scheduled] of byCollection) {
    const { docs } = await payload.find({
      collection,
      where: {
        and: [
          { id: { in: scheduled.map((s) => s.id) } },
          ...(provinces ? [{ provinces: { in: provinces } }] : []),
        ],
      },
      draft: true,
      pagination: false,
      overrideAccess: false,
      user: user as never,
      depth: 0,
    })
    const found = new Map(docs.map((d) => [String(d.id), d as unknown as Record<string, unknown>]))
    for (const { id, at } of scheduled) {
      const doc = found.get(String(id))
      if (!doc) continue
      items.push({
        collection,
        id: doc.id as number | string,
        title: String(doc.title ?? doc.slug ?? doc.id),
        at,
        workflowStatus: doc.workflowStatus as string | null | undefined,
      })
    }
  }
  items.sort((a, b) => a.at.localeCompare(b.at))
  return items.slice(0, LIMIT)
}
