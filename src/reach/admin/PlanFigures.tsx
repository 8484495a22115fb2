import type { AdminLanguage } from '@/i18n/admin'
import type { Say } from '@/i18n/siang'
import type { IndicatorsReport } from '../indicators'
import type { ProvincePlan } from '../indicators/byProvince'
import { hasProvinceFigures } from '../indicators/sources'
import { FiguresTable } from './FiguresTable'
import { PlanBar } from './PlanBar'
import { formats, statusText } from './statusLook'
import { TileMap } from './TileMap'

/**
 * The plan on the reach page and in the printed report: the scope's indicators against their
 * targets, with bars; every province's (a table, and the tile map of one indicator).
 */
export function PlanFigures({
  plan,
  provinces,
  mapIndicator,
  say,
  lang,
}: {
  plan: IndicatorsReport
  provinces: ProvincePlan
  mapIndicator: string | null
  say: Say
  lang: AdminLanguage
}) {
  const { figure, percent } = formats(lang)
  if (!plan.indicators.length)
    return (
      <section data-testid="plan">
        <h2>{say('planTitle')}</h2>
        <p>{say('planNoIndicators')}</p>
      </section>
    )
  const columns = plan.indicators.filter(hasProvinceFigures)
  const shown = columns.find((c) => c.slug === mapIndicator) ?? columns[0]
  return (
    <section data-testid="plan">
      <h2>{say('planTitle')}</h2>
      <p style={{ opacity: 0.75 }}>
        {say('planDue', {
          share: percent(plan.due * 100),
          counted: plan.reports.counted,
          expected: plan.reports.expected,
        })}
      </p>
      <FiguresTable
        testId="plan-indicators"
        head={[
          { label: say('planIndicator') },
          { label: say('planBaseline'), numeric: true },
          { label: say('planTarget'), numeric: true },
          { label: say('planActual'), numeric: true },
          { label: say('planPercent') },
          { label: say('planStatus') },
        ]}
        rows={plan.indicators.map((row) => [
          row.name,
          figure(row.baseline, row.unit),
          figure(row.target, row.unit),
          figure(row.actual, row.unit),
          <PlanBar key="bar" row={row} say={say} lang={lang} />,
          statusText(row.status, say, lang),
        ])}
      />
      {provinces.provinces.length > 1 && columns.length > 0 && (
        <>
          <h2>{say('planByProvince')}</h2>
          <p style={{ opacity: 0.75 }}>{say('planByProvinceNote')}</p>
          <div style={{ overflowX: 'auto' }}>
            <FiguresTable
              testId="plan-by-province"
              compact
              head={[
                { label: say('reachProvince') },
                ...columns.map((c) => ({ label: c.name, numeric: true })),
              ]}
              rows={provinces.provinces.map((p) => [
                p.title,
                ...p.indicators.filter(hasProvinceFigures).map((row) => (
                  <span key={row.slug}>
                    {figure(row.actual, row.unit)} / {figure(row.target, row.unit)}
                    <PlanBar row={row} say={say} lang={lang} compact withStatus />
                  </span>
                )),
              ])}
            />
          </div>
          {shown && (
            <TileMap
              provinces={provinces}
              slug={shown.slug}
              name={shown.name}
              say={say}
              lang={lang}
            />
          )}
        </>
      )}
    </section>
  )
}
