/** @jsxImportSource preact */
import type { PollResults } from '@/answers/results'
import type { Locale } from '@/lib/locales'
import { pollState, resultsShown } from '@/lib/answers'
import type { Poll } from '@/payload-types'
import { answerStrings, problemSaid, problemsSaid } from '@/site/answerStrings'
import { pathOf } from '@/site/sections'
import { formatDate, formatNumber } from '@/site/strings'
import { intlLocale } from '@/lib/laoTime'
import { Header } from './Detail'
import { formAction, type AnswerPlace } from './answerPlace'
import { ProfileFields, type ProvinceChoice } from './ProfileFields'
import { ShareBar } from './ShareBar'

type Props = {
  doc: Poll
  locale: Locale
  provinces: ProvinceChoice[]
  /** The results, when they may be shown (src/lib/answers.ts, resultsShown). */
  results: PollResults | null
  /** `?voted=1`: the endpoint took this visitor's vote. */
  voted: boolean
  error?: string | null
  /** The site's page by default; a partner's embed otherwise. */
  place?: AnswerPlace
}

const share = (votes: number, total: number) => (total ? Math.round((votes / total) * 100) : 0)

/** An option's line, its share and votes: the script fills in {pct} and {votes} the same way. */
const shareLine = (pct: number | string, votes: string) => `${pct}% (${votes})`

/**
 * Each option's share of the votes, as a bar and as numbers (readable without the bar). Without
 * `results`, the empty frame the page's script fills in after a vote (a `<template>`), so that
 * the results are drawn here only.
 */
export function PollResultsList({
  doc,
  results,
  locale,
}: {
  doc: Poll
  results: PollResults | null
  locale: Locale
}) {
  const s = answerStrings(locale)
  return (
    <section class="poll-results" aria-labelledby="poll-results">
      <h2 id="poll-results">{s.results}</h2>
      <ul>
        {doc.options.map((o, i) => {
          const pct = results ? share(results.votes[i] ?? 0, results.total) : 0
          return (
            <li key={i}>
              <span class="poll-option">{o.label}</span>{' '}
              <span class="meta" data-share>
                {results && shareLine(pct, s.votes(formatNumber(results.votes[i] ?? 0, locale)))}
              </span>
              <meter class="poll-bar" min={0} max={100} value={pct} aria-hidden="true"></meter>
            </li>
          )
        })}
      </ul>
      <p class="meta" data-total>
        {results && s.votes(formatNumber(results.total, locale))}
      </p>
    </section>
  )
}

/** The sentences the page's script shows (src/site/assets/answers.js). */
function scriptSays(locale: Locale) {
  const s = answerStrings(locale)
  return JSON.stringify({
    thanks: s.thanks,
    results: s.results,
    votes: s.votes('{n}'),
    oneVote: s.votes(1),
    share: shareLine('{pct}', '{votes}'),
    numbers: intlLocale(locale),
    vote: s.vote,
    offline: s.offline,
    problems: problemsSaid(locale),
  })
}

/**
 * A poll: a plain form to `POST /api/polls/{slug}/votes` that works without script (the endpoint
 * sends the visitor back with `?voted=1`), or sent in the background with the phone's own token,
 * so that a phone votes once (src/site/assets/answers.js). The results show after voting, or
 * once closed, as the editor chose.
 */
export function PollDetail({ doc, locale, provinces, results, voted, error = null, place }: Props) {
  const s = answerStrings(locale)
  const state = pollState(doc)
  const path = pathOf(locale, 'polls', doc.slug ?? '')
  const shown = resultsShown(doc, { voted: true })
  const after =
    doc.showResults === 'never'
      ? s.resultsNever
      : doc.showResults === 'after-close' && state !== 'closed'
        ? s.resultsLater
        : null
  return (
    <article class="poll">
      <Header title={doc.title} locale={locale} lead={doc.summary} />
      {state === 'not-open' && <p class="meta">{s.opensOn(formatDate(doc.opensAt, locale))}</p>}
      {state === 'open' && doc.closesAt && (
        <p class="meta">{s.closesOn(formatDate(doc.closesAt, locale))}</p>
      )}
      {state === 'closed' && <p class="meta">{s.closed}</p>}
      {voted && (
        <p class="answer-sent" id="answer" role="status">
          {s.thanks}
        </p>
      )}
      {error && (
        <p class="answer-error" id="answer" role="alert">
          {problemSaid(error, locale)}
        </p>
      )}
      {results && <PollResultsList doc={doc} results={results} locale={locale} />}
      {voted && !results && after && <p>{after}</p>}
      {state === 'open' && !voted && (
        <form
          class="poll-form"
          method="post"
          action={formAction(`/api/polls/${encodeURIComponent(doc.slug ?? '')}/votes`, place)}
          data-here={place?.href}
          data-poll={doc.slug ?? ''}
          data-say={scriptSays(locale)}
        >
          <input type="hidden" name="language" value={locale} />
          <fieldset class="poll-options">
            <legend class="visually-hidden">{doc.title}</legend>
            {doc.options.map((o, i) => (
              <label key={i} class="choice">
                <input type="radio" name="option" value={i} required /> <span>{o.label}</span>
              </label>
            ))}
          </fieldset>
          <ProfileFields locale={locale} provinces={provinces} idPrefix="poll" />
          <button type="submit">{s.vote}</button>
          {after && <p class="meta">{after}</p>}
          {shown && (
            <template data-results>
              <PollResultsList doc={doc} results={null} locale={locale} />
            </template>
          )}
        </form>
      )}
      {!place && (
        <ShareBar
          path={path}
          title={doc.title}
          locale={locale}
          embed={{ type: 'polls', slug: doc.slug ?? '' }}
        />
      )}
    </article>
  )
}
