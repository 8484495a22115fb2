/**
 * Answers are added up by question and option number. Once a quiz or poll has answers, a
 * published version may change its words, not the order or number of its questions and options:
 * the counts would move onto other questions. Drafts may; publishing such a draft is refused
 * with a message in the editor's language. A new quiz or poll is the way to ask other things.
 */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { sayFor } from '../i18n/admin'
import { slugs } from '../lib/slugs'

type Row = { id?: string | null; options?: Row[] | null }

/** The ids of the rows in order, and of their options: what the answers' numbers point at. */
const shapeOf = (rows: unknown): string =>
  JSON.stringify(((rows ?? []) as Row[]).map((r) => [r.id, (r.options ?? []).map((o) => o.id)]))

const answered = {
  [slugs.quizzes]: { list: 'questions', tallies: slugs.quizTallies, field: 'quiz' },
  [slugs.polls]: { list: 'options', tallies: slugs.pollTallies, field: 'poll' },
} as const

export const keepAnsweredShape: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const rule = answered[collection.slug as keyof typeof answered]
  const publishing = (data._status ?? originalDoc?._status) === 'published'
  if (!rule || operation !== 'update' || !originalDoc || !publishing) return data
  if (!(rule.list in data) || shapeOf(data[rule.list]) === shapeOf(originalDoc[rule.list]))
    return data
  const { totalDocs } = await req.payload.count({
    collection: rule.tallies,
    where: { [rule.field]: { equals: originalDoc.id } },
    overrideAccess: true,
    req,
  })
  if (!totalDocs) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [{ path: rule.list, message: sayFor(req)('answeredShapeLocked') }],
    },
    req.t,
  )
}
