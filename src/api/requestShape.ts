/**
 * The shape of a REST request, checked before Payload sees it. Payload passes some malformed
 * queries and bodies on to the database, which fails with a 500: a `where` that is not an object,
 * a list where one value belongs, a limit of 10^20, a JSON body that is a string or null. Bad
 * input is a 400 with a message instead.
 */
import * as qs from 'qs-esm'
import { validOperatorSet } from 'payload/shared'

/** Operators that take a list; every other one takes one value. */
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
/** Operators on points and shapes, whose values are objects. */
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

const NUMBERS = {
  limit: { min: 0, max: 100_000 },
  page: { min: 1, max: 1_000_000 },
  depth: { min: 0, max: 10 },
} as const

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v)

/** What is wrong with a `where` (as qs parsed it), or null. */
function whereProblem(where: unknown, path = 'where'): string | null {
  if (!isObject(where))
    return `"${path}" must be a set of conditions, such as where[title][equals]=…`
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : null
      if (!list) return `"${path}[${key}]" must be a list of conditions`
      for (const [i, item] of list.entries()) {
        const problem = whereProblem(item, `${path}[${key}][${i}]`)
        if (problem) return problem
      }
      continue
    }
    if (!isObject(value))
      return `"${path}[${key}]" must name an operator, such as ${path}[${key}][equals]=…`
    for (const [operator, operand] of Object.entries(value)) {
      const at = `${path}[${key}][${operator}]`
      if (!validOperatorSet.has(operator as never)) {
        // A nested field (group.field) is written as a further level of keys.
        const problem = whereProblem({ [operator]: operand }, `${path}[${key}]`)
        if (problem) return problem
        continue
      }
      if (GEO_OPERATORS.has(operator)) continue
      if (LIST_OPERATORS.has(operator)) {
        const items = Array.isArray(operand)
          ? operand
          : isObject(operand)
            ? Object.values(operand)
            : [operand]
        if (!items.every(isScalar)) return `"${at}" must be a list of values`
      } else if (!isScalar(operand)) return `"${at}" takes one value, not a list`
    }
  }
  return null
}

/** What is wrong with a query string, or null. */
export function queryProblem(search: string): string | null {
  if (!search || search === '?') return null
  const query = qs.parse(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  })
  for (const [name, { min, max }] of Object.entries(NUMBERS)) {
    const value = query[name]
    if (value === undefined || value === '') continue
    const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN
    if (!(n >= min && n <= max)) return `"${name}" must be a whole number from ${min} to ${max}`
  }
  if (query.where === undefined) return null
  let where = query.where
  if (typeof where === 'string') {
    // Payload also takes `where` as JSON.
    try {
      where = JSON.parse(where)
    } catch {
      return '"where" must be a set of conditions, such as where[title][equals]=…, or JSON'
    }
  }
  return whereProblem(where)
}

/** What is wrong with a JSON body (a write names its fields in one object), or null. */
export function jsonBodyProblem(text: string): string | null {
  if (text.trim() === '') return null
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return 'The request body is not valid JSON.'
  }
  return isObject(body) ? null : 'The request body must be a JSON object, such as {"title": "…"}.'
}

const writes = new Set(['POST', 'PATCH', 'PUT'])

/**
 * A 400 answer for a request whose query or JSON body is malformed, or null to let it through.
 * The body is read from a copy, so the request itself is untouched.
 */
export async function refuseMalformed(request: Request): Promise<Response | null> {
  const type = request.headers.get('content-type') ?? ''
  const problem =
    queryProblem(new URL(request.url).search) ??
    (writes.has(request.method) && /^application\/json\b/i.test(type)
      ? jsonBodyProblem(await request.clone().text())
      : null)
  return problem ? Response.json({ errors: [{ message: problem }] }, { status: 400 }) : null
}
