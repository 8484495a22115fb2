import type { AdminViewServerProps } from 'payload'
import { isProvincialOnly, ownProvinceIds } from '@/access/provinces'
import { AdminPage } from '@/components/admin/AdminPage'
import { periodChoices, reachPage } from '../page'
import { chartData } from './chartData'
import { ReachCharts } from './ReachCharts'
import { hasProvinceFigures } from '../indicators/sources'
import { PlanFigures } from './PlanFigures'
import { ReachFigures } from './ReachFigures'
import { slugs } from '@/lib/slugs'

/**
 * `/admin/reach`: the half-year roll-up for a period and province, with charts, every figure in
 * tables, the CSV, and a link to the printable report. `?period=2020-H1&province=LA-SV`.
 */
export async function ReachView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { i18n, payload, user } = req
  const page = await reachPage(payload, user, searchParams, i18n.language)
  const { say, lang, summary } = page
  const provinces = user
    ? (
        await payload.find({
          collection: slugs.provinces,
          where: isProvincialOnly(user) ? { id: { in: ownProvinceIds(user) } } : {},
          locale: lang,
          limit: 0,
          pagination: false,
          depth: 0,
        })
      ).docs
    : []
  const field = { display: 'flex', flexDirection: 'column', gap: 4 } as const

  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>{say('reachTitle')}</h1>
      <form
        method="get"
        style={{
          display: 'flex',
          gap: 16,
          alignItems: 'end',
          flexWrap: 'wrap',
          margin: '16px 0',
        }}
      >
        <label style={field}>
          {say('reachPeriod')}
          <select name="period" defaultValue={page.period}>
            {periodChoices().map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label style={field}>
          {say('reachProvince')}
          <select name="province" defaultValue={page.province ?? ''}>
            <option value="">{say('reachAllProvinces')}</option>
            {provinces.map((p) => (
              <option key={p.id} value={p.code}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
        {page.plan && page.plan.provinces.provinces.length > 1 && (
          <label style={field}>
            {say('planMapShow')}
            <select name="indicator" defaultValue={page.mapIndicator ?? ''}>
              {page.plan.scope.indicators.filter(hasProvinceFigures).map((i) => (
                <option key={i.slug} value={i.slug}>
                  {i.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {/* Payload's buttons have a margin above and below; here it would lift it off the row. */}
        <button
          type="submit"
          className="btn btn--style-primary btn--size-small btn--no-margin"
          data-testid="reach-show"
        >
          {say('reachShow')}
        </button>
        {summary && (
          <>
            <a href={`/api/reach/export.csv${page.query({ locale: lang })}`} download>
              {say('reachExport')}
            </a>
            <a href={`/api/reach/export.xlsx${page.query({ locale: lang })}`} download>
              {say('reachExportWorkbook')}
            </a>
            <a href={`/admin/reach/report${page.query({ lang })}`} target="_blank">
              {say('reachPrintable')}
            </a>
          </>
        )}
      </form>
      {page.refusal && (
        <p role="alert" data-testid="reach-refusal">
          {page.refusal}
        </p>
      )}
      {summary && page.plan && (
        <>
          <PlanFigures
            plan={page.plan.scope}
            provinces={page.plan.provinces}
            mapIndicator={page.mapIndicator}
            say={say}
            lang={lang}
          />
          <ReachCharts data={chartData(summary, say, lang)} />
          <ReachFigures summary={summary} say={say} lang={lang} typeLabel={page.typeLabel} />
        </>
      )}
    </AdminPage>
  )
}
