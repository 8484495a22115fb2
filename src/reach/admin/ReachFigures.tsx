import type { AdminLanguage } from '@/i18n/admin'
import type { Say, SiangKey } from '@/i18n/siang'
import { intlLocale } from '@/lib/laoTime'
import { materialTypes } from '../reportValues'
import type { ReachSummary, ReportStatus } from '../summary'
import { AnswerFigures } from './AnswerFigures'
import { FiguresTable } from './FiguresTable'
import { SexAgeFigures } from './SexAgeFigures'

const statusKey: Record<ReportStatus, SiangKey> = {
  missing: 'reachStatusMissing',
  draft: 'reachStatusDraft',
  submitted: 'reachStatusSubmitted',
  accepted: 'reachStatusAccepted',
}

/** Labels for a collection slug (plays by type), from the collection's own labels. */
export type TypeLabel = (slug: string) => string

const sourceLabels = {
  site: 'reachSourceSite',
  embed: 'reachSourceEmbed',
  podcast: 'reachSourcePodcast',
} as const

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
  lang: AdminLanguage
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
        <FiguresTable
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
      <FiguresTable
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
      <SexAgeFigures reached={s.reached} say={say} lang={lang} />

      <h2>{say('reachMaterials')}</h2>
      {s.materials.length ? (
        <FiguresTable
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
          <FiguresTable
            testId="reach-plays-by-type"
            head={[{ label: say('reachType') }, ...counted]}
            rows={s.plays.byType.map((t) => [typeLabel(t.type), f(t.views), f(t.plays)])}
            foot={[say('reachTotal'), f(s.plays.total.views), f(s.plays.total.plays)]}
          />
          <FiguresTable
            testId="reach-plays-by-source"
            head={[{ label: say('reachSource') }, ...counted]}
            rows={(['site', 'embed', 'podcast'] as const).map((source) => [
              say(sourceLabels[source]),
              f(s.plays.bySource[source].views),
              f(s.plays.bySource[source].plays),
            ])}
          />
          <FiguresTable
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
      <FiguresTable
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
      <AnswerFigures answers={s.answers} provinceTitle={provinceTitle} say={say} lang={lang} />
    </div>
  )
}
