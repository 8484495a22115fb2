/**
 * The quiz and poll part of the roll-up: the tallies of the period in the asker's scope (a
 * provincial editor's provinces only; national, every answer, with a province or without), added
 * up per quiz and poll by ./answerFigures.ts.
 */
import { slugs } from '../../lib/slugs'
import { pollFigures, quizFigures } from './answerFigures'
import { idOf } from '../../lib/populated'

import type { SummaryReads } from './queries'
import type { ProvinceScope } from './scope'
import type { Doc, ReachSummary } from './types'

const idsIn = (tallies: Doc[], field: string) => [
  ...new Set(tallies.map((t) => idOf(t[field])).filter((id) => id !== null && id !== undefined)),
]

const words = (rows: unknown, field: string) =>
  ((rows ?? []) as Doc[]).map((row) => String(row[field] ?? ''))

export async function answerFigures(
  read: SummaryReads,
  period: string,
  scope: ProvinceScope,
  provinceDocs: Doc[],
): Promise<ReachSummary['answers']> {
  const inScope = scope.national ? null : scope.provinces.map((p) => p.id)
  const [quizTallies, pollTallies] = await Promise.all([
    read.answerTallies(slugs.quizTallies, period, inScope),
    read.answerTallies(slugs.pollTallies, period, inScope),
  ])
  const [quizzes, polls] = await Promise.all([
    read.answered(slugs.quizzes, idsIn(quizTallies, 'quiz')),
    read.answered(slugs.polls, idsIn(pollTallies, 'poll')),
  ])
  const codes = scope.provinces.map((p) => String(p.code))
  const codeById = new Map(provinceDocs.map((p) => [String(p.id), String(p.code)]))
  const codeOf = (id: unknown) =>
    id === null || id === undefined ? null : (codeById.get(String(id)) ?? null)
  const named = (doc: Doc) => ({
    id: doc.id,
    slug: String(doc.slug),
    title: String(doc.title ?? doc.slug),
  })
  return {
    quizzes: quizFigures(
      quizzes.map((q) => ({ ...named(q), questions: words(q.questions, 'question') })),
      quizTallies,
      codes,
      codeOf,
    ),
    polls: pollFigures(
      polls.map((p) => ({ ...named(p), options: words(p.options, 'label') })),
      pollTallies,
      codes,
      codeOf,
    ),
  }
}
