import type { AfterErrorHook } from 'payload'
import { sayFor } from '../i18n/admin'
import { isProvincialOnly, refusals } from '../access/provinces'

type Rule = { test: RegExp; status: number; message: string }

/**
 * Bad input that reaches the database layer surfaces there as a 500. These rules turn the known
 * cases into the status and message the caller needs. They run for every REST error.
 */
const rules: Rule[] = [
  { test: /Invalid JSON/i, status: 400, message: 'The request body is not valid JSON.' },
  {
    test: /Malformed part header|Malformed content type|Unexpected end of (?:form|multipart)|Multipart: Boundary not found/i,
    status: 400,
    message: 'The upload could not be read: the multipart body is malformed.',
  },
  // A non-numeric id on SQLite (NaN), or a malformed ObjectId on MongoDB: no such document.
  {
    test: /Only finite numbers|Cast to ObjectId failed|BSONError/i,
    status: 404,
    message: 'Not Found',
  },
  {
    test: /FOREIGN KEY constraint failed/i,
    status: 400,
    message: 'A document this one refers to does not exist.',
  },
]

function messages(error: unknown): string {
  const parts: string[] = []
  for (
    let e = error as { message?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 5;
    i++
  ) {
    if (typeof e.message === 'string') parts.push(e.message)
    e = e.cause as typeof e
  }
  return parts.join('\n')
}

export const friendlyErrors: AfterErrorHook = ({ error, req }) => {
  // Access refuses a provincial editor's publish before any hook can explain; say why here.
  const status = (error as { status?: number }).status
  const body = req.data as { _status?: string } | undefined
  if (status === 403 && isProvincialOnly(req.user) && body?._status === 'published') {
    return { status: 403, response: { errors: [{ message: sayFor(req)(refusals.publish) }] } }
  }
  const text = messages(error)
  const rule = rules.find((r) => r.test.test(text))
  if (!rule) return
  return { status: rule.status, response: { errors: [{ message: rule.message }] } }
}
