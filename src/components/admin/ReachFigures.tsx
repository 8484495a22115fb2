import type { CSSProperties, ReactNode } from 'react'
import { materialTypes } from '@/reach/reportValues'
import type { Say, SiangKey } from '@/i18n/siang'
import { intlLocale } from '@/lib/laoTime'
import type { ReachSummary, ReportStatus } from '@/reach/summary'
import type { ReachChartData } from './ReachCharts'

type Lang = 'lo' | 'en'

const table: CSSProperties = { width: '100%', borderCollapse: 'collapse', margin: '8px 0 24px' }
const cell: CSSProperties = {
  borderBottom: '1px solid #8884',
  padding: '4px 8px',
  textAlign: 'left',
}
const num: CSSProperties = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }

const statusKey: Record<ReportStatus, SiangKey> = {
  missing: 'reachStatusMissing',
  draft: 'reachStatusDraft',
  submitted: 'reachStatusSubmitted',
  accepted: 'reachStatusAccepted',
}

function Table({
  head,
  rows,
  foot,
  testId,
}: {
  head: { label: string; numeric?: boolean }[]
  rows: ReactNode[][]
  foot?: ReactNode[]
  testId: string
}) {
  const line = (values: ReactNode[], strong = false) =>
    values.map((v, i) => (
      <td key={i} style={{ ...(head[i]?.numeric ? num : cell), fontWeight: strong ? 700 : 400 }}>
        {v}
      </td>
    ))
  return (
    <table style={table} data-testid={testId}>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h.label} scope="col" style={h.numeric ? num : cell}>
              {h.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>{line(r)}</tr>
        ))}
      </tbody>
      {foot && (
        <tfoot>
          <tr>{line(foot, true)}</tr>
        </tfoot>
      )}
    </table>
  )
}

/** Labels for a collection slug (plays by type), from the collection's own labels. */
export type TypeLabel = (slug: string) => string

const sourceLabels = {
  site: 'reachSourceSite',
  embed: 'reachSourceEmbed',
  podcast: 'reachSourcePodcast',
} as const

/** The data the charts draw, with their labels in `say`'s language. */
export function chartData(s: ReachSummary, say: Say, lang: Lang): ReachChartData {
  return {
    locale: intlLocale(lang),
    labels: {
      delivery: say('reachBroadcasts'),
      deliveryAxis: say('reachDelivery'),
      people: say('reachPeople'),
      overTime: say('reachOverTime'),
      female: say('reachFemale'),
      male: say('reachMale'),
      other: say('reachOther'),
      views: say('reachViews'),
      plays: say('reachPlaysCount'),
    },
    stations: s.broadcasts.stations.map((st) => ({ name: st.name, rate: st.deliveryRate })),
    provinces: s.reached.provinces
      .filter((p) => p.counted)
      .map(({ title, female, male, other }) => ({ title, female, male, other })),
    days: s.plays.byDay,
  }
}

/**
 * Every figure of the summary as tables: broadcasts per station, people reached per province,
 * materials, plays and views per type and item, embeds per partner, and the provinces' own words.
 */
export function ReachFigures({
  summary: s,
  say,
  lang,
  typeLabel,
}: {
  summary: ReachSummary
  say: Say
  lang: Lang
  typeLabel: TypeLabel
}) {
  const n = new Intl.NumberFormat(intlLocale(lang))
  const pct = new Intl.NumberFormat(intlLocale(lang), {
    style: 'percent',
    maximumFractionDigits: 1,
  })
  const rate = (r: number | null) => (r === null ? '–' : pct.format(r))
  const f = (v: number) => n.format(v)
  const provinceTitle = new Map(s.reached.provinces.map((p) => [p.code, p.title]))
  const tally = [
    { label: say('reachBooked'), numeric: true },
    { label: say('reachAired'), numeric: true },
    { label: say('reachMoved'), numeric: true },
    { label: say('reachMissed'), numeric: true },
    { label: say('reachPlanned'), numeric: true },
    { label: say('reachDelivery'), numeric: true },
  ]
  const tallyCells = (t: ReachSummary['broadcasts']['total']) => [
    f(t.booked),
    f(t.aired),
    f(t.moved),
    f(t.missed),
    f(t.planned),
    rate(t.deliveryRate),
  ]
  const people = (p: ReachSummary['reached']['total']) => [
    f(p.eventsHeld),
    f(p.female),
    f(p.male),
    f(p.other),
    f(p.total),
    f(p.under15),
    f(p.from15to24),
    f(p.from25),
  ]
  const counted = [
    { label: say('reachViews'), numeric: true },
    { label: say('reachPlaysCount'), numeric: true },
  ]
  const material = new Map<string, string>(materialTypes.map((m) => [m.value, m.label[lang]]))
  const narratives = s.reached.provinces.filter((p) => p.narrative)

  return (
    <div data-testid="reach-figures">
      <h2>{say('reachBroadcasts')}</h2>
      {s.broadcasts.stations.length ? (
        <Table
          testId="reach-broadcasts"
          head={[{ label: say('reachStation') }, { label: say('reachProvince') }, ...tally]}
          rows={s.broadcasts.stations.map((st) => [
            st.name,
            provinceTitle.get(st.province) ?? st.province,
            ...tallyCells(st),
          ])}
          foot={[say('reachTotal'), '', ...tallyCells(s.broadcasts.total)]}
        />
      ) : (
        <p>{say('reachNone')}</p>
      )}
      <p style={{ opacity: 0.75 }}>{say('reachDeliveryNote')}</p>

      <h2>{say('reachPeople')}</h2>
      <Table
        testId="reach-people"
        head={[
          { label: say('reachProvince') },
          { label: say('reachStatus') },
          ...[
            'reachEvents',
            'reachFemale',
            'reachMale',
            'reachOther',
            'reachTotal',
            'reachUnder15',
            'reach15to24',
            'reach25',
          ].map((k) => ({ label: say(k as SiangKey), numeric: true })),
        ]}
        rows={s.reached.provinces
          .filter((p) => p.status !== 'missing' || s.scope.province)
          .map((p) => [
            p.title,
            say(statusKey[p.status]),
            ...(p.status === 'missing' ? Array(8).fill('–') : people(p)),
          ])}
        foot={[say('reachTotal'), '', ...people(s.reached.total)]}
      />
      <p style={{ opacity: 0.75 }}>
        {say('reachPeopleNote')}{' '}
        {(['accepted', 'submitted', 'draft', 'missing'] as const)
          .map((st) => `${say(statusKey[st])}: ${f(s.reached.reports[st])}`)
          .join(' · ')}
      </p>

      <h2>{say('reachMaterials')}</h2>
      {s.materials.length ? (
        <Table
          testId="reach-materials"
          head={[{ label: say('reachType') }, { label: say('reachTotal'), numeric: true }]}
          rows={s.materials.map((m) => [material.get(m.type) ?? m.type, f(m.count)])}
        />
      ) : (
        <p>{say('reachNone')}</p>
      )}

      <h2>{say('reachPlays')}</h2>
      <p style={{ opacity: 0.75 }}>{say('reachPlaysNote')}</p>
      {s.plays.byItem.length ? (
        <>
          <Table
            testId="reach-plays-by-type"
            head={[{ label: say('reachType') }, ...counted]}
            rows={s.plays.byType.map((t) => [typeLabel(t.type), f(t.views), f(t.plays)])}
            foot={[say('reachTotal'), f(s.plays.total.views), f(s.plays.total.plays)]}
          />
          <Table
            testId="reach-plays-by-source"
            head={[{ label: say('reachSource') }, ...counted]}
            rows={(['site', 'embed', 'podcast'] as const).map((source) => [
              say(sourceLabels[source]),
              f(s.plays.bySource[source].views),
              f(s.plays.bySource[source].plays),
            ])}
          />
          <Table
            testId="reach-plays-by-item"
            head={[{ label: say('reachItem') }, { label: say('reachType') }, ...counted]}
            rows={s.plays.byItem.map((i) => [
              i.title ?? i.slug,
              typeLabel(i.type),
              f(i.views),
              f(i.plays),
            ])}
          />
        </>
      ) : (
        <p>{say('reachNone')}</p>
      )}

      <h2>{say('reachEmbeds')}</h2>
      <Table
        testId="reach-embeds"
        head={[{ label: say('reachPartner') }, ...counted]}
        rows={[
          ...s.embeds.partners.map((p) => [p.title, f(p.views), f(p.plays)]),
          [
            say('reachUnattributed'),
            f(s.embeds.unattributed.views),
            f(s.embeds.unattributed.plays),
          ],
        ]}
      />

      {narratives.length > 0 && (
        <>
          <h2>{say('reachNarratives')}</h2>
          {narratives.map((p) => (
            <section key={p.code} style={{ breakInside: 'avoid' }}>
              <h3>
                {p.title} ({say(statusKey[p.status])})
              </h3>
              <p style={{ whiteSpace: 'pre-line' }}>{p.narrative}</p>
            </section>
          ))}
        </>
      )}
    </div>
  )
}
