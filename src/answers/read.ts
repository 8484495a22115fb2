/**
 * What every anonymous answer goes through before it is looked at: its type (JSON or a plain
 * form), the per-address flood limit (in memory, never stored), its size, and its fields. A
 * refusal is JSON naming its `problem` (the page's script says it in the page's language), or,
 * for a form sent without script, a 303 back to the page, which says it.
 */
import type { Locale } from '../lib/locales'
import { answerMessages, answerStatus, ANSWER_BODY_MAX, type AnswerProblem } from '../lib/answers'
import { clientKey, type Limiter } from '../lib/rateLimit'
import { fieldsOf, FORM_TYPE, JSON_TYPE, mediaTypeOf, readCapped } from '../lib/requestBody'

const noStore = { 'Cache-Control': 'no-store' }

export type Sent = {
  form: boolean
  fields: Record<string, unknown> | null
  language: Locale
  /** The answer for a refusal, in the shape the sender reads. */
  refuse: (problem: AnswerProblem) => Response
  /** Where a form sender goes once the answer is stored. */
  done: (query: string) => Response
}

/** `page` is the quiz's or poll's own page, without its language: `/quizzes/{slug}`. */
export async function readAnswer(
  request: Request,
  limiter: Limiter,
  page: string,
): Promise<Sent | Response> {
  const type = mediaTypeOf(request)
  const form = type === FORM_TYPE
  if (!form && type !== JSON_TYPE)
    return Response.json(
      { errors: [{ message: `Send the answer as ${JSON_TYPE} or ${FORM_TYPE}.` }] },
      { status: 415, headers: noStore },
    )
  const limit = limiter.take(clientKey(request.headers))
  const text = limit.ok ? await readCapped(request, ANSWER_BODY_MAX) : ''
  const fields = text === null ? null : fieldsOf(text, form)
  const language: Locale = fields?.language === 'en' ? 'en' : 'lo'
  const back = (query: string) =>
    new Response(null, {
      status: 303,
      headers: { ...noStore, Location: `/${language}${page}?${query}#answer` },
    })
  const refuse = (problem: AnswerProblem) =>
    form
      ? back(`error=${problem}`)
      : Response.json(
          { errors: [{ message: answerMessages[problem], problem }] },
          {
            status: answerStatus[problem],
            headers: {
              ...noStore,
              ...(!limit.ok && problem === 'flood'
                ? { 'Retry-After': String(limit.retryAfter) }
                : {}),
            },
          },
        )
  const sent: Sent = { form, fields, language, refuse, done: back }
  if (!limit.ok) return refuse('flood')
  if (text === null) return refuse('too-big')
  return sent
}

export const stored = (body: Record<string, unknown>) =>
  Response.json({ ok: true, ...body }, { status: 201, headers: noStore })
