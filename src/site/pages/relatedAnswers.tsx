/** @jsxImportSource preact */
import type { VNode } from 'preact'
import { Cards } from '@/components/Cards'
import type { Locale } from '@/lib/locales'
import { slugs } from '@/lib/slugs'
import { answerStrings } from '@/site/answerStrings'
import { listPublished } from '@/site/data'

const idOf = (value: unknown): number | null =>
  typeof value === 'number' ? value : ((value as { id?: number } | null)?.id ?? null)

/**
 * The quizzes and polls of a page's campaigns, under a song, a drama, an episode, a spot, a post
 * or a news item: someone who has just watched or read can test what they learned. Nothing when
 * its campaigns have none.
 */
export async function relatedAnswers(
  doc: { campaigns?: unknown[] | null },
  locale: Locale,
): Promise<VNode | null> {
  const campaigns = (doc.campaigns ?? []).map(idOf).filter((id): id is number => id !== null)
  if (!campaigns.length) return null
  const where = { campaigns: { in: campaigns } }
  const [quizzes, polls] = await Promise.all([
    listPublished(slugs.quizzes, locale, { limit: 2, where }),
    listPublished(slugs.polls, locale, { limit: 2, where }),
  ])
  if (!quizzes.docs.length && !polls.docs.length) return null
  return (
    <section className="related-answers">
      <h2>{answerStrings(locale).testYourself}</h2>
      {quizzes.docs.length > 0 && (
        <Cards collection={slugs.quizzes} docs={quizzes.docs} locale={locale} />
      )}
      {polls.docs.length > 0 && (
        <Cards collection={slugs.polls} docs={polls.docs} locale={locale} />
      )}
    </section>
  )
}
