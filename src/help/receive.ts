/**
 * `POST /api/questions`: an anonymous question from the help page, as JSON (script) or as a plain
 * form post (no script). Stored with nothing about the sender but what they wrote: no address, no
 * user agent, no cookie read or set. The client's address is used only by the in-memory flood
 * limit, and forgotten.
 */
import type { Payload } from 'payload'
import { rateLimiter } from '../lib/rateLimit'
import { readSentBody } from '../lib/requestBody'
import { slugs } from '../lib/slugs'
import { BODY_MAX, type QuestionLanguage } from './limits'
import { notifyFocalPoints } from './notify'
import { languageOf, parseQuestion, problemMessages, type QuestionProblem } from './parse'

/**
 * Ten at once, then one every 30 s per address: a person asks a few, a flood is held back. Many
 * people in Laos share an address behind their carrier, so the limit stays generous.
 */
const limiter = rateLimiter({ perSecond: 1 / 30, burst: 10 })

const noStore = { 'Cache-Control': 'no-store' }

const status: Record<QuestionProblem, number> = {
  empty: 400,
  'too-long': 400,
  'contact-too-long': 400,
  province: 400,
  language: 400,
  shape: 400,
  honeypot: 400,
  'too-big': 413,
  flood: 429,
  unavailable: 503,
}

const refuseJson = (problem: QuestionProblem, headers: Record<string, string> = {}) =>
  Response.json(
    // `problem` names the refusal, so that the help page's script says it in the page's language.
    { errors: [{ message: problemMessages[problem], problem }] },
    { status: status[problem], headers: { ...noStore, ...headers } },
  )

/** A no-script sender goes back to the help page, which says what happened in their language. */
const backToHelp = (language: QuestionLanguage, query: string) =>
  new Response(null, {
    status: 303,
    headers: { ...noStore, Location: `/${language}/help?${query}#question` },
  })

/** The stored id of the province a sender chose; undefined when there is no such province. */
async function provinceId(payload: Payload, id: string): Promise<number | undefined> {
  try {
    const found = await payload.find({
      collection: slugs.provinces,
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      pagination: false,
    })
    return found.docs[0]?.id
  } catch {
    // An id of the wrong shape for the database is no province either.
    return undefined
  }
}

/** The answer to a question sent, or refused. */
export async function receiveQuestion(request: Request, payload: () => Promise<Payload>) {
  const sent = await readSentBody(request, {
    limiter,
    max: BODY_MAX,
    what: 'the question',
    headers: noStore,
  })
  if (sent instanceof Response) return sent
  const { form, fields, retryAfter } = sent
  const retry: Record<string, string> =
    retryAfter === null ? {} : { 'Retry-After': String(retryAfter) }
  const language = languageOf(fields)
  const refuse = (problem: QuestionProblem) =>
    form && problem !== 'honeypot'
      ? backToHelp(language, `error=${problem}`)
      : refuseJson(problem, problem === 'flood' ? retry : {})
  if (retryAfter !== null) return refuse('flood')
  if (sent.tooBig) return refuse('too-big')
  const parsed = parseQuestion(fields)
  if (!parsed.ok) return refuse(parsed.problem)
  const { question } = parsed

  const client = await payload()
  const province = question.province === null ? null : await provinceId(client, question.province)
  if (province === undefined) return refuse('province')
  let doc: { id: number | string }
  try {
    doc = await client.create({
      collection: slugs.questions,
      data: {
        message: question.message,
        province,
        contact: question.contact,
        language: question.language,
        status: 'new',
      },
      depth: 0,
    })
  } catch (err) {
    // A busy or failing database is no fault of the sender's: 503, and they may try again.
    client.logger.error({ err, msg: '[questions] a question could not be stored' })
    return refuse('unavailable')
  }
  // Not awaited: the sender's answer does not wait for, or hear of, the mail.
  void notifyFocalPoints(client, { id: doc.id, province })
  return form
    ? backToHelp(question.language, 'sent=1')
    : Response.json({ ok: true }, { status: 201, headers: noStore })
}
