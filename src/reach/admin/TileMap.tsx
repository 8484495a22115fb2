import type { AdminLanguage } from '@/i18n/admin'
import type { Say } from '@/i18n/siang'
import type { ProvincePlan } from '../indicators/byProvince'
import { formats, printExact, statusColour, statusText } from './statusLook'
import { statusWords } from '../indicators/words'

/**
 * Where each of the 18 provinces sits, roughly as on a map of Laos (column, row): the north's
 * six at the top, Vientiane Capital by the Mekong, the long south down the right.
 */
const tiles: Record<string, [number, number]> = {
  'LA-PH': [3, 1],
  'LA-BK': [1, 2],
  'LA-LM': [2, 2],
  'LA-OU': [3, 2],
  'LA-HO': [4, 2],
  'LA-XA': [2, 3],
  'LA-LP': [3, 3],
  'LA-XI': [4, 3],
  'LA-VI': [3, 4],
  'LA-XS': [4, 4],
  'LA-VT': [3, 5],
  'LA-BL': [4, 5],
  'LA-KH': [5, 6],
  'LA-SV': [5, 7],
  'LA-SL': [5, 8],
  'LA-XE': [6, 8],
  'LA-CH': [5, 9],
  'LA-AT': [6, 9],
}

/**
 * The provinces as tiles, each coloured by its % of target for one indicator, with the figure and
 * the status in words (colour is never the only sign). Drawn here: no map tiles, no network.
 * Provinces outside the asker's scope are left grey, with their code.
 */
export function TileMap({
  provinces,
  slug,
  name,
  say,
  lang,
}: {
  provinces: ProvincePlan
  slug: string
  name: string
  say: Say
  lang: AdminLanguage
}) {
  const { percent } = formats(lang)
  const byCode = new Map(provinces.provinces.map((p) => [p.code, p]))
  return (
    <figure style={{ margin: '16px 0 24px', breakInside: 'avoid' }} data-testid="plan-map">
      <figcaption style={{ fontWeight: 700, marginBottom: 4 }}>
        {say('planMap', { indicator: name })}
      </figcaption>
      <p style={{ opacity: 0.75, margin: '0 0 8px' }}>{say('planMapNote')}</p>
      <ul
        aria-hidden="true"
        style={{ display: 'flex', gap: 12, listStyle: 'none', padding: 0, margin: '0 0 8px' }}
      >
        {(['on-track', 'at-risk', 'off-track', 'none'] as const).map((status) => (
          <li key={status} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
            <span
              style={{
                width: 12,
                height: 12,
                borderRadius: 3,
                background: statusColour[status],
                ...printExact,
              }}
            />
            {status === 'none' ? say('planNoFigure') : statusWords[status][lang]}
          </li>
        ))}
      </ul>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(6, minmax(64px, 104px))',
          gridAutoRows: 'minmax(84px, auto)',
          gap: 4,
        }}
      >
        {Object.entries(tiles).map(([code, [column, row]]) => {
          const province = byCode.get(code)
          const figure = province?.indicators.find((i) => i.slug === slug)
          const status = figure?.status ?? null
          return (
            <div
              key={code}
              data-province={code}
              data-status={province ? (status ?? 'none') : 'outside'}
              title={province ? `${province.title}: ${statusText(status, say, lang)}` : code}
              style={{
                gridColumn: column,
                gridRow: row,
                background: province ? statusColour[status ?? 'none'] : '#8884',
                color: province ? '#fff' : 'inherit',
                borderRadius: 6,
                padding: '4px 6px',
                fontSize: 12,
                lineHeight: 1.5,
                ...printExact,
              }}
            >
              <span style={{ display: 'block' }}>{province?.title ?? code}</span>
              {province && (
                <strong style={{ display: 'block', fontSize: 14 }}>
                  {percent(figure?.percentOfTarget ?? null)}
                </strong>
              )}
              {province && (
                <span style={{ display: 'block' }}>{statusText(status, say, lang)}</span>
              )}
            </div>
          )
        })}
      </div>
    </figure>
  )
}
