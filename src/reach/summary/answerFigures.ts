/**
 * The summary's arithmetic for quizzes and polls: pure functions of the tallies read, so that
 * tests can add them up without a database. The small-number rule lives here, so that no one can
 * be singled out:
 * - a count from 1 to 4 is shown as "<5", never exactly;
 * - every other count is rounded to the nearest 5, so that subtracting the groups shown from a
 *   total (or one scope from another) gives no exact small number;
 * - shares and averages are worked out from the rounded counts, and not shown for fewer than 5.
 */
import { ageBands, sexes } from '../../lib/profile'
import { idOf } from '../../lib/populated'
import { num } from './figures'
import type { AnswerGroups, Doc, PollSummary, QuizSummary, Shown } from './types'

export const FEWER_THAN = 5

/** A count rounded to the nearest 5 (1 to 4: none). */
const rounded = (n: number) => (n < FEWER_THAN ? 0 : Math.round(n / 5) * 5)

/** A count as it may be shown. */
export const shown = (n: number): Shown => (n > 0 && n < FEWER_THAN ? '<5' : rounded(n))

/** A share in per cent, to one decimal, of the rounded counts; null with fewer than 5. */
const share = (part: number, whole: number) =>
  whole >= FEWER_THAN && rounded(whole) > 0
    ? Math.round((rounded(part) / rounded(whole)) * 1000) / 10
    : null

const UNKNOWN = 'unknown'

/** Each tally's group under each breakdown: its age band, sex and province code, or unknown. */
function groupsOf(tally: Doc, codeOf: (id: unknown) => string | null) {
  return {
    byAgeBand: String(tally.ageBand ?? UNKNOWN),
    bySex: String(tally.sex ?? UNKNOWN),
    byProvince: codeOf(idOf(tally.province)) ?? UNKNOWN,
  }
}

/** The groups of each breakdown, in a fixed order, unknown last. */
function orderedGroups(provinceCodes: string[]): Record<keyof AnswerGroups<unknown>, string[]> {
  return {
    byAgeBand: [...ageBands, UNKNOWN],
    bySex: [...sexes, UNKNOWN],
    byProvince: [...provinceCodes, UNKNOWN],
  }
}

type QuizDoc = { id: unknown; slug: string; title: string; questions: string[] }

/**
 * Per quiz: attempts (every attempt answers every question, so the first question's count), the
 * average score in per cent, each question's share answered right, and the same by group.
 */
export function quizFigures(
  quizzes: QuizDoc[],
  tallies: Doc[],
  provinceCodes: string[],
  codeOf: (id: unknown) => string | null,
): QuizSummary[] {
  const groups = orderedGroups(provinceCodes)
  return quizzes.map((quiz) => {
    const mine = tallies.filter((t) => String(idOf(t.quiz)) === String(quiz.id))
    const add = (rows: Doc[]) => {
      const answered = quiz.questions.map(() => 0)
      const right = quiz.questions.map(() => 0)
      for (const t of rows) {
        const q = num(t.question)
        if (q >= answered.length) continue
        answered[q] += num(t.answered)
        right[q] += num(t.right)
      }
      const attempts = answered[0] ?? 0
      const allAnswered = answered.map(rounded).reduce((a, b) => a + b, 0)
      const allRight = right.map(rounded).reduce((a, b) => a + b, 0)
      return {
        attempts: shown(attempts),
        averageScore:
          attempts >= FEWER_THAN && allAnswered
            ? Math.round((allRight / allAnswered) * 1000) / 10
            : null,
        rightShares: answered.map((n, i) => share(right[i], n)),
      }
    }
    const whole = add(mine)
    const breakdown = (by: keyof typeof groups) =>
      groups[by]
        .map((group) => {
          const rows = mine.filter((t) => groupsOf(t, codeOf)[by] === group)
          const { attempts, averageScore } = add(rows)
          return { group, attempts, averageScore, any: rows.length > 0 }
        })
        .filter((g) => g.any)
        .map(({ any: _any, ...g }) => g)
    return {
      slug: quiz.slug,
      title: quiz.title,
      attempts: whole.attempts,
      averageScore: whole.averageScore,
      questions: quiz.questions.map((question, i) => ({
        question,
        rightShare: whole.rightShares[i],
      })),
      byAgeBand: breakdown('byAgeBand'),
      bySex: breakdown('bySex'),
      byProvince: breakdown('byProvince'),
    }
  })
}

type PollDoc = { id: unknown; slug: string; title: string; options: string[] }

/** Per poll: votes, each option's votes and share, and the votes per option by group. */
export function pollFigures(
  polls: PollDoc[],
  tallies: Doc[],
  provinceCodes: string[],
  codeOf: (id: unknown) => string | null,
): PollSummary[] {
  const groups = orderedGroups(provinceCodes)
  return polls.map((poll) => {
    const mine = tallies.filter((t) => String(idOf(t.poll)) === String(poll.id))
    const add = (rows: Doc[]) => {
      const votes = poll.options.map(() => 0)
      for (const t of rows) {
        const o = num(t.option)
        if (o < votes.length) votes[o] += num(t.votes)
      }
      return votes
    }
    const votes = add(mine)
    const total = votes.reduce((a, b) => a + b, 0)
    const breakdown = (by: keyof typeof groups) =>
      groups[by]
        .map((group) => {
          const rows = mine.filter((t) => groupsOf(t, codeOf)[by] === group)
          const counted = add(rows)
          return {
            group,
            votes: shown(counted.reduce((a, b) => a + b, 0)),
            options: counted.map(shown),
            any: rows.length > 0,
          }
        })
        .filter((g) => g.any)
        .map(({ any: _any, ...g }) => g)
    return {
      slug: poll.slug,
      title: poll.title,
      votes: shown(total),
      options: poll.options.map((label, i) => ({
        label,
        votes: shown(votes[i]),
        // A share would give away the exact count that "<5" stands for.
        share: shown(votes[i]) === '<5' ? null : share(votes[i], total),
      })),
      byAgeBand: breakdown('byAgeBand'),
      bySex: breakdown('bySex'),
      byProvince: breakdown('byProvince'),
    }
  })
}
