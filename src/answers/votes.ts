/**
 * `POST /api/polls/{slug}/votes`: an anonymous vote in an open poll, as JSON (the page's script)
 * or as a plain form (no script). One vote per device and poll: the device's random token is
 * stored only as a hash with the poll's id, so that two polls' votes cannot be linked. A vote
 * sent without a token (no script) cannot be told apart from another; the flood limit holds.
 */
import crypto from 'node:crypto'
import type { Payload, Where } from 'payload'
import { parseVote, pollState, resultsShown } from '../lib/answers'
import { rateLimiter } from '../lib/rateLimit'
import { slugs } from '../lib/slugs'
import { addTo } from '../reach/tallies'
import { findBySlug } from '../site/data'
import { contextOf } from './context'
import { readAnswer, stored } from './read'
import { pollResults } from './results'

/** Ten at once, then one every 10 s per address. */
const limiter = rateLimiter({ perSecond: 1 / 10, burst: 10 })

/**
 * Notes that this device voted in this poll; false if it had already. The unique index keeps one
 * row when the same device votes twice at once.
 */
async function noteVoter(payload: Payload, poll: number, token: string): Promise<boolean> {
  const voter = crypto.createHash('sha256').update(`${poll}:${token}`).digest('base64url')
  const where: Where = { and: [{ poll: { equals: poll } }, { voter: { equals: voter } }] }
  const seen = async () =>
    (await payload.count({ collection: slugs.pollVoters, where, overrideAccess: true })).totalDocs >
    0
  if (await seen()) return false
  try {
    await payload.create({
      collection: slugs.pollVoters,
      data: { poll, voter },
      depth: 0,
      overrideAccess: true,
    })
    return true
  } catch (err) {
    if (await seen()) return false
    throw err
  }
}

export async function receiveVote(
  request: Request,
  slug: string,
  payload: () => Promise<Payload>,
): Promise<Response> {
  const sent = await readAnswer(request, limiter, `/polls/${encodeURIComponent(slug)}`)
  if (sent instanceof Response) return sent
  const parsed = parseVote(sent.fields)
  if (!parsed.ok) return sent.refuse(parsed.problem)
  const poll = slug.length <= 200 ? await findBySlug(slugs.polls, slug, 'lo', 0) : null
  if (!poll) return sent.refuse('not-found')
  if (parsed.option >= (poll.options?.length ?? 0)) return sent.refuse('option')
  const state = pollState(poll)
  if (state !== 'open') return sent.refuse(state)
  const context = await contextOf(parsed.profile)
  if (!context) return sent.refuse('profile')
  const client = await payload()
  try {
    if (parsed.token && !(await noteVoter(client, poll.id, parsed.token)))
      return sent.refuse('voted')
    await addTo(
      client,
      slugs.pollTallies,
      { poll: poll.id, option: parsed.option, ...context },
      { votes: 1 },
    )
  } catch (err) {
    client.logger.error({ err, msg: '[answers] a poll vote could not be stored' })
    return sent.refuse('unavailable')
  }
  if (sent.form) return sent.done('voted=1')
  const shown = resultsShown(poll, { voted: true })
  return stored({ results: shown ? await pollResults(client, poll) : null })
}
