/**
 * A poll's results as the public sees them: the votes for each option and in all, added up from
 * its tallies (a few hundred rows at most per half-year, whatever the number of votes).
 */
import type { Payload } from 'payload'
import { slugs } from '../lib/slugs'

export type PollResults = { total: number; votes: number[] }

export async function pollResults(
  payload: Payload,
  poll: { id: number; options?: unknown[] | null },
): Promise<PollResults> {
  const { docs } = await payload.find({
    collection: slugs.pollTallies,
    where: { poll: { equals: poll.id } },
    select: { option: true, votes: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const votes = (poll.options ?? []).map(() => 0)
  for (const row of docs)
    if (row.option >= 0 && row.option < votes.length) votes[row.option] += row.votes
  return { total: votes.reduce((a, b) => a + b, 0), votes }
}
