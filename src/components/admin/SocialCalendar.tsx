import type { AdminViewServerProps } from 'payload'
import { platforms } from '@/lib/platforms'
import { sayFor } from '@/i18n/admin'
import { formatDate } from '@/i18n/dates'
import { calendarMonth } from '@/workflow/calendar'
import { statusLabel } from '@/workflow/states'
import { AdminPage } from './AdminPage'

/** Today's cell: outlined and tinted, so that it shows without colour vision too. */
const todayStyle = {
  outline: '3px solid var(--theme-success-500)',
  outlineOffset: -3,
  background: 'var(--theme-success-50)',
}

const platformLabel = new Map<string, string>(platforms.map((p) => [p.value, p.label]))

/**
 * `/admin/social-calendar`: social posts on a month grid by the day they are scheduled for
 * (Lao time), with their platforms and status; each opens its edit view. `?month=YYYY-MM`.
 */
export async function SocialCalendar({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const { i18n, payload, user } = req
  const say = sayFor(i18n)
  const lang = i18n.language
  const data = user ? await calendarMonth(payload, user, searchParams?.month) : null
  const [year, month] = (data?.month ?? '2000-01').split('-').map(Number)
  // 2024-01-01 was a Monday.
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    formatDate(Date.UTC(2024, 0, 1 + i), lang, 'weekday', 'UTC'),
  )

  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>{say('calendarTitle')}</h1>
      {data && (
        <>
          <nav style={{ display: 'flex', gap: 16, alignItems: 'center', margin: '16px 0' }}>
            <a href={`?month=${data.previous}`}>← {say('calendarPrevious')}</a>
            <strong data-testid="calendar-month">
              {formatDate(Date.UTC(year, month - 1, 1), lang, 'month', 'UTC')}
            </strong>
            <a href={`?month=${data.next}`}>{say('calendarNext')} →</a>
          </nav>
          <table
            data-testid="social-calendar"
            style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}
          >
            <thead>
              <tr>
                {weekdays.map((d) => (
                  <th key={d} scope="col" style={{ textAlign: 'left', padding: 4 }}>
                    {d}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.weeks.map((week, w) => (
                <tr key={w}>
                  {week.map((day, d) => (
                    <td
                      key={day ?? `empty-${w}-${d}`}
                      data-day={day ?? undefined}
                      aria-current={day === data.today ? 'date' : undefined}
                      style={{
                        verticalAlign: 'top',
                        border: '1px solid var(--theme-elevation-150)',
                        padding: 4,
                        height: 96,
                        ...(day === data.today ? todayStyle : {}),
                      }}
                    >
                      {day && (
                        <div style={{ opacity: day === data.today ? 1 : 0.7 }}>
                          {Number(day.slice(8))}
                          {day === data.today && (
                            <strong data-testid="calendar-today" style={{ marginInlineStart: 6 }}>
                              {say('calendarToday')}
                            </strong>
                          )}
                        </div>
                      )}
                      {day &&
                        (data.byDay[day] ?? []).map((post) => (
                          <a
                            key={post.id}
                            href={`/admin/collections/social-posts/${post.id}`}
                            style={{ display: 'block', marginTop: 4, fontSize: 13 }}
                          >
                            <time dateTime={post.scheduledFor}>
                              {formatDate(post.scheduledFor, lang, 'time')}
                            </time>{' '}
                            {post.title}
                            <br />
                            <small>
                              {post.platforms.map((p) => platformLabel.get(p) ?? p).join(', ')}
                              {' · '}
                              {post.status === 'published'
                                ? i18n.t('version:published')
                                : statusLabel(post.workflowStatus ?? 'draft', i18n.language)}
                            </small>
                          </a>
                        ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </AdminPage>
  )
}
