import type { I18nClient } from '@payloadcms/translations'
import Link from 'next/link'
import type { Payload } from 'payload'
import { newQuestions } from '@/help/dashboard'
import { sayFor } from '@/i18n/admin'
import { formatDate } from '@/i18n/dates'
import { slugs } from '@/lib/slugs'

type Props = { payload: Payload; user: unknown; i18n: I18nClient }

/**
 * The dashboard's new questions, as the user may see them (src/help/dashboard.ts): each a link
 * with its province and when it came, never its text.
 */
export async function NewQuestions({ payload, user, i18n }: Props) {
  const found = await newQuestions(payload, user as never)
  if (!found) return null
  const say = sayFor(i18n)
  const lang = i18n.language
  const ids = [...new Set(found.items.map((q) => q.province).filter((p) => p !== null))]
  const names = new Map(
    ids.length
      ? (
          await payload.find({
            collection: slugs.provinces,
            where: { id: { in: ids } },
            locale: lang === 'lo' ? 'lo' : 'en',
            depth: 0,
            limit: ids.length,
          })
        ).docs.map((p) => [String(p.id), p.title])
      : [],
  )
  return (
    <section style={{ marginBottom: 24 }} data-testid="dashboard-questions">
      <h3 style={{ marginBottom: 8 }}>
        {say('dashboardQuestions')} ({found.total})
      </h3>
      {found.items.length === 0 ? (
        <p style={{ opacity: 0.7 }}>{say('dashboardQuestionsNone')}</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {found.items.map((q) => (
            <li key={q.id} style={{ padding: '4px 0' }}>
              <a href={`/admin/collections/${slugs.questions}/${q.id}`}>
                {say('dashboardQuestion', { id: q.id })}
              </a>{' '}
              <span style={{ opacity: 0.7 }}>
                ·{' '}
                {q.province === null
                  ? say('dashboardQuestionNational')
                  : (names.get(String(q.province)) ?? q.province)}{' '}
                · {formatDate(q.at, lang, 'dateTime')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/admin/collections/${slugs.questions}`}>{say('dashboardQuestionsAll')}</Link>
      </p>
    </section>
  )
}
