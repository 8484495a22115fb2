import type { AdminViewServerProps } from 'payload'
import { PrintButton } from '@/components/admin/PrintButton'
import { formatDate } from '@/i18n/dates'
import { reachPage } from '../page'
import { chartData } from './chartData'
import { ReachCharts } from './ReachCharts'
import { PlanFigures } from './PlanFigures'
import { ReachFigures } from './ReachFigures'

const printCss = `
@page { size: A4; margin: 14mm; }
.reach-report { background: #fff; color: #111; max-width: 60rem; margin: 0 auto; padding: 24px;
  font-family: var(--font-lao), system-ui, sans-serif; line-height: 1.5; }
.reach-report h1 { font-size: 1.6rem; margin: 0 0 4px; }
.reach-report h2 { font-size: 1.2rem; margin: 24px 0 4px; break-after: avoid; }
.reach-report table { break-inside: auto; font-size: 0.9rem; }
.reach-report tr { break-inside: avoid; }
@media print {
  html, body { background: #fff !important; }
  .no-print { display: none !important; }
  .reach-report { padding: 0; max-width: none; }
}
`

/**
 * `/admin/reach/report?period=…&province=…&lang=lo|en`: the half-year report as one plain page,
 * national or for a province, in Lao or English whatever the admin's language, that prints
 * cleanly to PDF from the browser (A4, no admin chrome, tables that break between rows).
 */
export async function ReachReport({ initPageResult, searchParams }: AdminViewServerProps) {
  const { payload, user, i18n } = initPageResult.req
  const page = await reachPage(payload, user, searchParams, i18n.language)
  const { say, lang, summary: s } = page
  const day = (d: string) => formatDate(`${d}T00:00:00Z`, lang, 'day', 'UTC')
  const other = lang === 'lo' ? 'en' : 'lo'

  return (
    <main className="reach-report" lang={lang} data-testid="reach-report">
      <style>{printCss}</style>
      <p className="no-print" style={{ display: 'flex', gap: 16 }}>
        <PrintButton label={say('reachPrint')} />
        <a href={page.query({ lang: other })}>{other === 'lo' ? 'ພາສາລາວ' : 'English'}</a>
        <a href={`/admin/reach${page.query()}`}>{say('reachTitle')}</a>
      </p>
      {page.refusal && <p role="alert">{page.refusal}</p>}
      {s && page.plan && (
        <>
          <h1>{say('reachReportTitle', { period: s.period })}</h1>
          <p>
            <strong>
              {s.scope.national
                ? say('reachNational')
                : s.reached.provinces.map((p) => p.title).join(', ')}
            </strong>
            {' · '}
            {say('reachDates', { from: day(s.firstDay), to: day(s.lastDay) })}
          </p>
          <PlanFigures
            plan={page.plan.scope}
            provinces={page.plan.provinces}
            mapIndicator={page.mapIndicator}
            say={say}
            lang={lang}
          />
          <ReachCharts data={chartData(s, say, lang)} />
          <ReachFigures summary={s} say={say} lang={lang} typeLabel={page.typeLabel} />
          <p style={{ opacity: 0.7, marginTop: 32 }}>
            {say('reachMade', {
              date: formatDate(new Date(), lang, 'longDateTime'),
            })}
          </p>
        </>
      )}
    </main>
  )
}
