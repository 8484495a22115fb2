/**
 * What every anonymous answer goes through before it is looked at: its type (JSON or a plain
 * form), the per-address flood limit (in memory, never stored), its size, and its fields. A
 * refusal is JSON naming its `problem` (the page's script says it in the page's language), or,
 * for a form sent without script, a 303 back to the page, which says it.
 */
import { embedPath } from '../embed/types'
import type { Locale } from '../lib/locales'
import { answerMessages, answerStatus, ANSWER_BODY_MAX, type AnswerProblem } from '../lib/answers'
import type { Limiter } from '../lib/rateLimit'
import { readSentBody } from '../lib/requestBody'
import { originIn } from '../lib/urls'

/**
 * Every answer is readable from any origin, without credentials: a quiz or poll embedded in a
 * frame sandboxed without allow-same-origin (as WordPress frames a provider it does not know) has
 * the origin "null" and sends from there. Nothing in an answer is private (a score worked out
 * from what was sent, results the page shows anyway), and a plain form from any site could
 * already send one: the flood limit is what holds.
 */
const noStore = { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' }

/** The browser's question before such a JSON answer: yes, for a day. */
export const answerPreflight = () =>
  new Response(null, {
    status: 204,
    headers: {
      ...noStore,
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': '86400',
    },
  })

export type Sent = {
  form: boolean
  fields: Record<string, unknown> | null
  language: Locale
  /** The answer for a refusal, in the shape the sender reads. */
  refuse: (problem: AnswerProblem) => Response
  /** Where a form sender goes once the answer is stored. */
  done: (query: string) => Response
}

/**
 * Where a form sender goes back to: a partner's embed when the form's address says it came from
 * one (`embed=1` and the embed's options, src/embed/types.ts), known before the body is read so
 * that a refusal goes back there too; else the quiz's or poll's page in the language sent.
 */
function backTo(request: Request, item: AnsweredItem, bodyLanguage: Locale): string {
  const q = new URL(request.url).searchParams
  if (q.get('embed') !== '1')
    return `/${bodyLanguage}/${item.type}/${encodeURIComponent(item.slug)}?`
  const partner = q.get('partner') ?? ''
  const path = embedPath(item.type, item.slug, {
    lang: q.get('lang') === 'en' ? 'en' : 'lo',
    partner: /^[a-z0-9-]{1,100}$/.test(partner) ? partner : undefined,
    theme: q.get('theme') === 'dark' ? 'dark' : 'light',
    host: originIn(q.get('host')) ?? undefined,
  })
  return path.includes('?') ? `${path}&` : `${path}?`
}

/** What was answered: a quiz's attempts or a poll's votes, by its slug. */
export type AnsweredItem = { type: 'quizzes' | 'polls'; slug: string }

export async function readAnswer(
  request: Request,
  limiter: Limiter,
  item: AnsweredItem,
): Promise<Sent | Response> {
  const sent = await readSentBody(request, {
    limiter,
    max: ANSWER_BODY_MAX,
    what: 'the answer',
    headers: noStore,
  })
  if (sent instanceof Response) return sent
  const { form, fields, retryAfter } = sent
  const language: Locale = fields?.language === 'en' ? 'en' : 'lo'
  const from = backTo(request, item, language)
  const back = (query: string) =>
    new Response(null, {
      status: 303,
      headers: { ...noStore, Location: `${from}${query}#answer` },
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
              ...(retryAfter !== null && problem === 'flood'
                ? { 'Retry-After': String(retryAfter) }
                : {}),
            },
          },
        )
  if (retryAfter !== null) return refuse('flood')
  if (sent.tooBig) return refuse('too-big')
  return { form, fields, language, refuse, done: back }
}

export const stored = (body: Record<string, unknown>) =>
  Response.json({ ok: true, ...body }, { status: 201, headers: noStore })
