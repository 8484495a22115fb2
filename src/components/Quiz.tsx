/** @jsxImportSource preact */
import type { Locale } from '@/lib/locales'
import { scoreAnswers } from '@/lib/answers'
import type { Quiz } from '@/payload-types'
import { answerStrings, problemSaid, problemsSaid } from '@/site/answerStrings'
import { pathOf } from '@/site/sections'
import { Header } from './Detail'
import { formAction, type AnswerPlace } from './answerPlace'
import { ProfileFields, type ProvinceChoice } from './ProfileFields'
import { ShareBar } from './ShareBar'
import { Wrapped } from './Wrapped'

type Props = {
  doc: Quiz
  locale: Locale
  provinces: ProvinceChoice[]
  /** The options chosen, from `?answers=0.2.1` (where the endpoint sends a no-script attempt). */
  answers?: number[] | null
  /** `?error=…`: why the endpoint sent the visitor back. */
  error?: string | null
  /** The site's page by default; a partner's embed otherwise. */
  place?: AnswerPlace
}

/** The sentences the page's script shows (src/site/assets/answers.js). */
function scriptSays(locale: Locale, total: number) {
  const s = answerStrings(locale)
  return JSON.stringify({
    next: s.nextQuestion,
    seeScore: s.seeScore,
    right: s.right,
    wrong: s.wrong,
    // The script fills in {score} and {total}.
    score: s.score('{score}', '{total}'),
    questionOf: Array.from({ length: total }, (_, i) => s.questionOf(i + 1, total)),
    tryAgain: s.tryAgain,
    offline: s.offline,
    problems: problemsSaid(locale),
  })
}

/** The score and, for each question, the answer given, the right one and why. */
function QuizResult({
  doc,
  locale,
  answers,
  again,
}: {
  doc: Quiz
  locale: Locale
  answers: number[]
  /** The quiz afresh. */
  again: string
}) {
  const s = answerStrings(locale)
  const score = scoreAnswers(doc, answers)
  if (!score) return null
  return (
    <section class="quiz-result" id="answer" aria-labelledby="quiz-score">
      <h2 id="quiz-score">{s.score(score.score, score.total)}</h2>
      <ol>
        {doc.questions.map((q, i) => {
          const right = q.options.find((o) => o.correct)
          return (
            <li key={i} class={score.right[i] ? 'is-right' : 'is-wrong'}>
              <p>
                <strong>
                  <Wrapped text={q.question} />
                </strong>
              </p>
              <p>
                {s.yourAnswer}: {q.options[answers[i]]?.label} —{' '}
                {score.right[i] ? s.right : s.wrong}
              </p>
              {!score.right[i] && right && (
                <p>
                  {s.rightAnswer}: {right.label}
                </p>
              )}
              {q.explanation && (
                <p class="explanation">
                  <Wrapped text={q.explanation} />
                </p>
              )}
            </li>
          )
        })}
      </ol>
      <p>
        <a href={`${again}#quiz`}>{s.tryAgain}</a>
      </p>
    </section>
  )
}

/**
 * A quiz: without script one form with every question, sent whole to
 * `POST /api/quizzes/{slug}/attempts`, which sends the visitor back here with the answers in the
 * address, and the score and explanations show. With script one question at a time, each
 * explained once answered, and the score at the end (src/site/assets/answers.js). The right
 * option is marked in the page for that: a quiz here teaches, it does not examine.
 */
export function QuizDetail({ doc, locale, provinces, answers = null, error = null, place }: Props) {
  const s = answerStrings(locale)
  const total = doc.questions.length
  const path = pathOf(locale, 'quizzes', doc.slug ?? '')
  return (
    <article class="quiz">
      <Header title={doc.title} locale={locale} lead={doc.summary} />
      <p class="meta">{s.questionCount(total)}</p>
      {answers && (
        <QuizResult doc={doc} locale={locale} answers={answers} again={place?.href ?? path} />
      )}
      {error && (
        <p class="answer-error" id="answer" role="alert">
          {problemSaid(error, locale)}
        </p>
      )}
      <form
        class="quiz-form"
        id="quiz"
        method="post"
        action={formAction(`/api/quizzes/${encodeURIComponent(doc.slug ?? '')}/attempts`, place)}
        data-here={place?.href}
        data-quiz
        data-say={scriptSays(locale, total)}
      >
        <input type="hidden" name="language" value={locale} />
        {doc.questions.map((q, i) => (
          <fieldset key={i} class="quiz-question">
            <legend>
              <span class="meta">{s.questionOf(i + 1, total)}</span> <Wrapped text={q.question} />
            </legend>
            {q.options.map((o, j) => (
              <label key={j} class="choice">
                <input
                  type="radio"
                  name={`q${i}`}
                  value={j}
                  required
                  data-right={o.correct ? '' : undefined}
                />{' '}
                <span>{o.label}</span>
              </label>
            ))}
            {q.explanation && (
              <p class="explanation" hidden>
                <Wrapped text={q.explanation} />
              </p>
            )}
          </fieldset>
        ))}
        <ProfileFields locale={locale} provinces={provinces} idPrefix="quiz" />
        <button type="submit">{s.seeScore}</button>
      </form>
      {!place && (
        <ShareBar
          path={path}
          title={doc.title}
          locale={locale}
          embed={{ type: 'quizzes', slug: doc.slug ?? '' }}
        />
      )}
    </article>
  )
}
