/**
 * Reading the small bodies the public forms and scripts send (a question, a quiz attempt, a
 * vote): as JSON or as a plain form post, never more than a set size. No Payload imports.
 */
import { clientKey, type Limiter } from './rateLimit'

export const FORM_TYPE = 'application/x-www-form-urlencoded'
export const JSON_TYPE = 'application/json'

/** The request's media type, lower-case, without parameters. */
export const mediaTypeOf = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()

/** Reads the body up to `max` bytes; null when it is longer. */
export async function readCapped(request: Request, max: number): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > max) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

/** The fields of a form or of a JSON object; null when the text is neither. */
export function fieldsOf(text: string, form: boolean): Record<string, unknown> | null {
  if (form) return Object.fromEntries(new URLSearchParams(text))
  try {
    const body: unknown = JSON.parse(text)
    return body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** What an anonymous sender sent, once its type is known to be JSON or a form. */
export type SentBody = {
  form: boolean
  /** The fields; null when the body is too big, or neither a form nor a JSON object. */
  fields: Record<string, unknown> | null
  tooBig: boolean
  /** Past the flood limit (nothing was read): the seconds to wait. Null otherwise. */
  retryAfter: number | null
}

/**
 * The first steps of every anonymous endpoint: its type (a 415 answer, naming `what`, for any but
 * JSON or a form), the per-address flood limit, then the body read up to `max` bytes.
 */
export async function readSentBody(
  request: Request,
  {
    limiter,
    max,
    what,
    headers,
  }: {
    limiter: Limiter
    max: number
    what: string
    headers: Record<string, string>
  },
): Promise<SentBody | Response> {
  const type = mediaTypeOf(request)
  const form = type === FORM_TYPE
  if (!form && type !== JSON_TYPE)
    return Response.json(
      { errors: [{ message: `Send ${what} as ${JSON_TYPE} or ${FORM_TYPE}.` }] },
      { status: 415, headers },
    )
  const limit = limiter.take(clientKey(request.headers))
  if (!limit.ok) return { form, fields: null, tooBig: false, retryAfter: limit.retryAfter }
  const text = await readCapped(request, max)
  return {
    form,
    fields: text === null ? null : fieldsOf(text, form),
    tooBig: text === null,
    retryAfter: null,
  }
}
