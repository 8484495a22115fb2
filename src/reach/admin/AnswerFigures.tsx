import type { AdminLanguage } from '@/i18n/admin'
import { ageBandWords, sexWords } from '@/i18n/glossary'
import type { Say } from '@/i18n/siang'
import { intlLocale } from '@/lib/laoTime'
import { isAgeBand, isSex } from '@/lib/profile'
import type { ReachSummary } from '../summary'
import type { Shown } from '../summary/types'
import { FiguresTable } from './FiguresTable'

type Group = { group: string }

/**
 * Quiz and poll answers of the half-year: per quiz the attempts, average score and each
 * question's share answered right; per poll each option's votes; both by age, sex and province.
 * Counts under 5 read "fewer than 5" (the roll-up never sends them exactly).
 */
export function AnswerFigures({
  answers,
  provinceTitle,
  say,
  lang,
}: {
  answers: ReachSummary['answers']
  provinceTitle: Map<string, string>
  say: Say
  lang: AdminLanguage
}) {
  const n = new Intl.NumberFormat(intlLocale(lang))
  const count = (v: Shown) => (v === '<5' ? say('reachFewerThan5') : n.format(v))
  const percent = (v: number | null) => (v === null ? '–' : `${n.format(v)}%`)
  const groupName = (g: string) =>
    isAgeBand(g)
      ? ageBandWords[g][lang]
      : isSex(g)
        ? sexWords[g][lang]
        : g === 'unknown'
          ? say('reachNotSaid')
          : (provinceTitle.get(g) ?? g)
  const breakdowns = [
    ['byAgeBand', say('reachByAgeBand')],
    ['bySex', say('reachBySex')],
    ['byProvince', say('reachByProvince')],
  ] as const
  const grouped = <G extends Group>(
    testId: string,
    groups: G[],
    head: { label: string; numeric?: boolean }[],
    cells: (g: G) => string[],
    by: string,
  ) => (
    <FiguresTable
      key={testId}
      testId={testId}
      head={[{ label: by }, ...head]}
      rows={groups.map((g) => [groupName(g.group), ...cells(g)])}
    />
  )

  return (
    <div data-testid="reach-answers">
      <h2>{say('reachAnswers')}</h2>
      {!answers.quizzes.length && !answers.polls.length && <p>{say('reachNoAnswers')}</p>}
      {answers.quizzes.map((q) => (
        <section key={q.slug} data-testid={`reach-quiz-${q.slug}`}>
          <h3>{q.title}</h3>
          <p>
            {say('reachAttempts')}: {count(q.attempts)} · {say('reachAverageScore')}:{' '}
            {percent(q.averageScore)}
          </p>
          <FiguresTable
            testId={`reach-quiz-questions-${q.slug}`}
            head={[
              { label: say('reachQuestion') },
              { label: say('reachAnsweredRight'), numeric: true },
            ]}
            rows={q.questions.map((question) => [question.question, percent(question.rightShare)])}
          />
          {breakdowns.map(([by, label]) =>
            grouped(
              `reach-quiz-${by}-${q.slug}`,
              q[by],
              [
                { label: say('reachAttempts'), numeric: true },
                { label: say('reachAverageScore'), numeric: true },
              ],
              (g) => [count(g.attempts), percent(g.averageScore)],
              label,
            ),
          )}
        </section>
      ))}
      {answers.polls.map((p) => (
        <section key={p.slug} data-testid={`reach-poll-${p.slug}`}>
          <h3>{p.title}</h3>
          <FiguresTable
            testId={`reach-poll-options-${p.slug}`}
            head={[
              { label: say('reachOption') },
              { label: say('reachVotes'), numeric: true },
              { label: say('reachShare'), numeric: true },
            ]}
            rows={p.options.map((o) => [o.label, count(o.votes), percent(o.share)])}
            foot={[say('reachTotal'), count(p.votes), '']}
          />
          {breakdowns.map(([by, label]) =>
            grouped(
              `reach-poll-${by}-${p.slug}`,
              p[by],
              [
                { label: say('reachVotes'), numeric: true },
                ...p.options.map((o) => ({ label: o.label, numeric: true })),
              ],
              (g) => [count(g.votes), ...g.options.map(count)],
              label,
            ),
          )}
        </section>
      ))}
      <p style={{ opacity: 0.75 }}>{say('reachSmallNumbers')}</p>
    </div>
  )
}
