/** @jsxImportSource preact */
import type { VNode } from 'preact'
import { pollResults } from '@/answers/results'
import type { AnswerPlace } from '@/components/answerPlace'
import { PollDetail } from '@/components/Poll'
import { QuizDetail } from '@/components/Quiz'
import { resultsShown } from '@/lib/answers'
import type { Locale } from '@/lib/locales'
import type { Poll, Quiz } from '@/payload-types'
import { payloadClient, taxonomies } from '@/site/data'

/** `?answers=0.2.1`: the options a no-script attempt chose, one per question; null otherwise. */
function answersOf(query: URLSearchParams): number[] | null {
  const said = query.get('answers')
  if (!said || !/^\d{1,2}(\.\d{1,2}){0,29}$/.test(said)) return null
  return said.split('.').map(Number)
}

/**
 * The body of a quiz's or a poll's page. A page made for one visitor's answer (a score, the
 * thanks, a refusal) or showing live results is not kept for others.
 */
export async function answerBody(
  section: 'quizzes' | 'polls',
  doc: Quiz | Poll,
  locale: Locale,
  query: URLSearchParams,
  place?: AnswerPlace,
): Promise<{ content: VNode; cacheable: boolean }> {
  const { provinces } = await taxonomies(locale)
  const choices = provinces.map((p) => ({ code: String(p.code), title: p.title }))
  const error = query.get('error')
  if (section === 'quizzes') {
    const answers = answersOf(query)
    return {
      content: (
        <QuizDetail
          doc={doc as Quiz}
          locale={locale}
          provinces={choices}
          answers={answers}
          error={error}
          place={place}
        />
      ),
      cacheable: !answers && !error,
    }
  }
  const poll = doc as Poll
  const voted = query.get('voted') === '1'
  const results = resultsShown(poll, { voted })
    ? await pollResults(await payloadClient(), poll)
    : null
  return {
    content: (
      <PollDetail
        doc={poll}
        locale={locale}
        provinces={choices}
        results={results}
        voted={voted}
        error={error}
        place={place}
      />
    ),
    cacheable: !voted && !error && !results,
  }
}
