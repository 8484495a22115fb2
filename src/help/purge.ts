import type { Payload, Where } from 'payload'
import { resolveQuestionsEraseDays } from '../lib/env'
import { slugs } from '../lib/slugs'

const DAY_MS = 24 * 60 * 60 * 1000
const BATCH = 200

/** The questions whose contact details are due for erasing at `now`. */
export function dueForErasing(now: Date, days: number): Where {
  return {
    and: [
      { status: { equals: 'closed' } },
      { closedAt: { less_than_equal: new Date(now.getTime() - days * DAY_MS).toISOString() } },
      { contact: { exists: true } },
    ],
  }
}

/**
 * Erases the contact details of questions closed `days` days ago or more (QUESTIONS_ERASE_DAYS):
 * the contact goes, and `contactErasedAt` says when. The message stays for the record. Returns
 * how many were erased. Run hourly by the job queue (src/jobs).
 */
export async function eraseClosedContacts(
  payload: Payload,
  { now = new Date(), days = resolveQuestionsEraseDays() }: { now?: Date; days?: number } = {},
): Promise<number> {
  let erased = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: slugs.questions,
      where: dueForErasing(now, days),
      depth: 0,
      limit: BATCH,
      pagination: false,
    })
    if (docs.length === 0) return erased
    await payload.update({
      collection: slugs.questions,
      where: { id: { in: docs.map((d) => d.id) } },
      data: { contact: null, contactErasedAt: now.toISOString() },
      depth: 0,
      context: { disableRevalidate: true },
    })
    erased += docs.length
    if (docs.length < BATCH) return erased
  }
}
