import type { AdminLanguage } from '@/i18n/admin'
import { ageBandWords } from '@/i18n/glossary'
import type { Say } from '@/i18n/siang'
import { intlLocale } from '@/lib/laoTime'
import { reportSexes, tableBands } from '../reportValues'
import type { ReachSummary } from '../summary'
import { FiguresTable } from './FiguresTable'

const sexKeys = { female: 'reachFemale', male: 'reachMale', other: 'reachOther' } as const

/**
 * People reached by sex and age: the cross-tab of the reports entered in the sex-by-age table,
 * then those made before it in their three old age bands, labelled as such.
 */
export function SexAgeFigures({
  reached,
  say,
  lang,
}: {
  reached: ReachSummary['reached']
  say: Say
  lang: AdminLanguage
}) {
  const f = (v: number) => new Intl.NumberFormat(intlLocale(lang)).format(v)
  const { cells, reports } = reached.bySexAge
  const rowTotal = (sex: (typeof reportSexes)[number]) =>
    tableBands.reduce((n, band) => n + cells[sex][band], 0)
  const bandTotal = (band: (typeof tableBands)[number]) =>
    reportSexes.reduce((n, sex) => n + cells[sex][band], 0)
  const old = reached.oldBands
  return (
    <>
      <h2>{say('reachSexAge')}</h2>
      {!reports && !old.reports && <p>{say('reachNone')}</p>}
      {reports > 0 && (
        <>
          <p style={{ opacity: 0.75 }}>{say('reachSexAgeFrom', { count: f(reports) })}</p>
          <FiguresTable
            testId="reach-sex-age"
            head={[
              { label: say('reachSex') },
              ...tableBands.map((band) => ({ label: ageBandWords[band][lang], numeric: true })),
              { label: say('reachTotal'), numeric: true },
            ]}
            rows={reportSexes.map((sex) => [
              say(sexKeys[sex]),
              ...tableBands.map((band) => f(cells[sex][band])),
              f(rowTotal(sex)),
            ])}
            foot={[
              say('reachTotal'),
              ...tableBands.map((band) => f(bandTotal(band))),
              f(reportSexes.reduce((n, sex) => n + rowTotal(sex), 0)),
            ]}
          />
        </>
      )}
      {old.reports > 0 && (
        <>
          <h3>{say('reachOldBands', { count: f(old.reports) })}</h3>
          <FiguresTable
            testId="reach-old-bands"
            head={[
              { label: say('reachSex') },
              ...(['reachUnder15', 'reach15to24', 'reach25'] as const).map((k) => ({
                label: say(k),
                numeric: true,
              })),
              { label: say('reachTotal'), numeric: true },
            ]}
            rows={[
              ...reportSexes.map((sex) => [say(sexKeys[sex]), '–', '–', '–', f(old[sex])]),
              [say('reachAllAges'), f(old.under15), f(old.from15to24), f(old.from25), f(old.total)],
            ]}
          />
        </>
      )}
    </>
  )
}
