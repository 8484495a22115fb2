/**
 * `POST /api/polls/{slug}/votes`: an anonymous vote in an open poll, as JSON (the page's script)
 * or as a plain form (no script). One vote per device and poll: the device's random token is
 * stored only as a hash with the poll's id (poll-voters, with nothing else), so that two polls'
 * votes cannot be linked; the vote itself is added up with the half-year and the optional
 * profile (poll-tallies), in the same transaction as the device's mark. A vote sent without a
 * token (no script) cannot be told apart from another; the flood limit holds.
 */
import crypto from 'node:crypto'
import type { Payload, PayloadRequest, Where } from 'payload'
import { parseVote, pollState, resultsShown } from '../lib/answers'
import { rateLimiter } from '../lib/rateLimit'
import { slugs } from '../lib/slugs'
import { addTo, allOrNothing } from '../reach/tallies'
import { findBySlug } from '../site/data'
import { contextOf } from './context'
import { readAnswer, stored } from './read'
import { pollResults } from './results'
import { readOrNull } from './store'

/** Ten at once, then one every 10 s per address. */
const limiter = rateLimiter({ perSecond: 1 / 10, burst: 10 })

/** The device's mark in this poll: a hash of the two, which names neither. */
const voterOf = (poll: number, token: string) =>
  crypto.createHash('sha256').update(`${poll}:${token}`).digest('base64url')

async function votedBefore(payload: Payload, poll: number, voter: string, req?: PayloadRequest) {
  const where: Where = { and: [{ poll: { equals: poll } }, { voter: { equals: voter } }] }
  const { totalDocs } = await payload.count({
    collection: slugs.pollVoters,
    where,
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

export async function receiveVote(
  request: Request,
  slug: string,
  payload: () => Promise<Payload>,
): Promise<Response> {
  const sent = await readAnswer(request, limiter, { type: 'polls', slug })
  if (sent instanceof Response) return sent
  const parsed = parseVote(sent.fields)
  if (!parsed.ok) return sent.refuse(parsed.problem)
  const looked = await readOrNull(payload, async () => ({
    poll: slug.length <= 200 ? await findBySlug(slugs.polls, slug, 'lo', 0) : null,
    context: await contextOf(parsed.profile),
  }))
  if (!looked) return sent.refuse('unavailable')
  const { poll, context } = looked.value
  if (!poll) return sent.refuse('not-found')
  if (parsed.option >= (poll.options?.length ?? 0)) return sent.refuse('option')
  const state = pollState(poll)
  if (state !== 'open') return sent.refuse(state)
  if (!context) return sent.refuse('profile')
  const client = await payload()
  const voter = parsed.token ? voterOf(poll.id, parsed.token) : null
  if (voter && (await votedBefore(client, poll.id, voter).catch(() => false)))
    return sent.refuse('voted')
  const done = await allOrNothing(client, [slugs.pollTallies], 'a poll vote', async (req) => {
    // The unique index refuses a second mark from the same device sent at the same time,
    // and the whole vote with it.
    if (voter)
      await client.create({
        collection: slugs.pollVoters,
        data: { poll: poll.id, voter },
        depth: 0,
        overrideAccess: true,
        req,
      })
    await addTo(
      client,
      slugs.pollTallies,
      { poll: poll.id, option: parsed.option, ...context },
      { votes: 1 },
      req,
    )
  })
  if (!done)
    return sent.refuse(
      voter && (await votedBefore(client, poll.id, voter).catch(() => false))
        ? 'voted'
        : 'unavailable',
    )
  if (sent.form) return sent.done('voted=1')
  const results = resultsShown(poll, { voted: true })
    ? await pollResults(client, poll).catch(() => null)
    : null
  return stored({ results })
}
