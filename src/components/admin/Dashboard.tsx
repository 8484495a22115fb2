import type { I18nClient } from '@payloadcms/translations'
import Link from 'next/link'
import type { Payload } from 'payload'
import { checkRole } from '@/access/checkRole'
import { collectionLabel, sayFor } from '@/i18n/admin'
import { formatDate } from '@/i18n/dates'
import type { SiangKey } from '@/i18n/siang'
import { roleGroups } from '@/lib/roles'
import { dashboardData, type DashboardItem } from '@/workflow/dashboard'
import { statusLabel } from '@/workflow/states'
import { slugs } from '@/lib/slugs'
import { NewQuestions } from './NewQuestions'

type Props = { payload: Payload; user?: unknown; i18n: I18nClient }

/**
 * The top of the admin dashboard: what waits for review, what was sent back, what publishes
 * this week and what went out recently, as the signed-in user may see it (a provincial editor,
 * its provinces only). Server-rendered on every visit.
 */
export async function EditorialDashboard({ payload, user, i18n }: Props) {
  if (!user) return null
  const say = sayFor(i18n)
  const lang = i18n.language
  const data = await dashboardData(payload, user as never)
  const label = (slug: string) => collectionLabel(payload as never, slug, lang)
  const provinceNames = data.provinces
    ? (
        await payload.find({
          collection: slugs.provinces,
          where: { id: { in: data.provinces } },
          locale: lang === 'lo' ? 'lo' : 'en',
          depth: 0,
          limit: 100,
        })
      ).docs.map((p) => p.title)
    : null

  const section = (key: SiangKey, items: DashboardItem[], testId: string) => (
    <section style={{ marginBottom: 24 }} data-testid={testId}>
      <h3 style={{ marginBottom: 8 }}>
        {say(key)} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p style={{ opacity: 0.7 }}>{say('dashboardNone')}</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <li key={`${item.collection}:${item.id}`} style={{ padding: '4px 0' }}>
              <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>{' '}
              <span style={{ opacity: 0.7 }}>
                · {label(item.collection)} · {formatDate(item.at, lang, 'dateTime')}
                {item.workflowStatus && key === 'dashboardScheduled'
                  ? ` · ${statusLabel(item.workflowStatus, lang)}`
                  : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )

  return (
    <div
      className="gutter--left gutter--right"
      style={{ marginBottom: 32 }}
      data-testid="editorial-dashboard"
    >
      {provinceNames && <p>{say('dashboardScope', { provinces: provinceNames.join(', ') })}</p>}
      <div
        style={{
          display: 'grid',
          gap: 24,
          gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
        }}
      >
        <NewQuestions payload={payload} user={user} i18n={i18n} />
        {section('dashboardWaiting', data.waiting, 'dashboard-waiting')}
        {section('dashboardChanges', data.changesRequested, 'dashboard-changes')}
        {section('dashboardScheduled', data.scheduled, 'dashboard-scheduled')}
        {section('dashboardRecent', data.recent, 'dashboard-recent')}
      </div>
      <p>
        <Link href="/admin/social-calendar">{say('dashboardCalendar')}</Link>
        {checkRole(roleGroups.authors, user as never) && (
          <>
            {' · '}
            <Link href="/admin/reach">{say('dashboardReach')}</Link>
          </>
        )}
      </p>
    </div>
  )
}
