/**
 * A quiz or poll deleted takes its added-up answers, and its poll's voters, with it: they mean
 * nothing without it, and the database would refuse the delete while rows point at it.
 * Unpublishing keeps them.
 */
import type { CollectionBeforeDeleteHook } from 'payload'
import { slugs } from '../lib/slugs'
import { forgetRows } from '../reach/tallies'

const owned = {
  [slugs.quizzes]: [[slugs.quizTallies, 'quiz']],
  [slugs.polls]: [
    [slugs.pollTallies, 'poll'],
    [slugs.pollVoters, 'poll'],
  ],
} as const

export const forgetAnswers: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const rows = owned[collection.slug as keyof typeof owned] ?? []
  for (const [answers, field] of rows)
    await req.payload.delete({
      collection: answers,
      where: { [field]: { equals: id } },
      overrideAccess: true,
      req,
    })
  // This process's note of those rows' ids would point at nothing (and ids are reused).
  for (const [answers] of rows) forgetRows(answers)
}
