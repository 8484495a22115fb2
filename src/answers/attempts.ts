/**
 * `POST /api/quizzes/{slug}/attempts`: an anonymous attempt at a published quiz, as JSON (the
 * page's script, one question at a time) or as a plain form (no script, all questions at once).
 * Scored here from the options chosen, never from a score sent; added up with the half-year and
 * the optional profile (quiz-tallies), every question or none: no row is one person's.
 */
import type { Payload } from 'payload'
import { parseAttempt, scoreAnswers } from '../lib/answers'
import { rateLimiter } from '../lib/rateLimit'
import { slugs } from '../lib/slugs'
import { addTo, allOrNothing } from '../reach/tallies'
import { findBySlug } from '../site/data'
import { contextOf } from './context'
import { readAnswer, stored } from './read'
import { readOrNull } from './store'

/** Twenty at once, then one every 5 s per address: a class on one school's address can play. */
const limiter = rateLimiter({ perSecond: 1 / 5, burst: 20 })

export async function receiveAttempt(
  request: Request,
  slug: string,
  payload: () => Promise<Payload>,
): Promise<Response> {
  const sent = await readAnswer(request, limiter, { type: 'quizzes', slug })
  if (sent instanceof Response) return sent
  const parsed = parseAttempt(sent.fields)
  if (!parsed.ok) return sent.refuse(parsed.problem)
  const looked = await readOrNull(payload, async () => ({
    quiz: slug.length <= 200 ? await findBySlug(slugs.quizzes, slug, 'lo', 0) : null,
    context: await contextOf(parsed.profile),
  }))
  if (!looked) return sent.refuse('unavailable')
  const { quiz, context } = looked.value
  if (!quiz) return sent.refuse('not-found')
  const score = scoreAnswers(quiz, parsed.answers)
  if (!score) return sent.refuse('answers')
  if (!context) return sent.refuse('profile')
  const client = await payload()
  const done = await allOrNothing(client, [slugs.quizTallies], 'a quiz attempt', async (req) => {
    for (const [question, right] of score.right.entries())
      await addTo(
        client,
        slugs.quizTallies,
        { quiz: quiz.id, question, ...context },
        { answered: 1, right: right ? 1 : 0 },
        req,
      )
  })
  if (!done) return sent.refuse('unavailable')
  return sent.form ? sent.done(`answers=${parsed.answers.join('.')}`) : stored(score)
}
