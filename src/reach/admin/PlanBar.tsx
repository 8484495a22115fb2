import type { AdminLanguage } from '@/i18n/admin'
import type { Say } from '@/i18n/siang'
import type { IndicatorRow } from '../indicators'
import { formats, printExact, statusColour, statusText } from './statusLook'

/**
 * The actual against the target: a bar up to 100 % wide in the status's colour, the % of target,
 * and, when `withStatus`, the status in words (a cell without one shows no figure: "–"). Read
 * out once: actual of target, %, status.
 */
export function PlanBar({
  row,
  say,
  lang,
  compact = false,
  withStatus = false,
}: {
  row: IndicatorRow
  say: Say
  lang: AdminLanguage
  /** Narrow enough for a table of every province that still fits an A4 page. */
  compact?: boolean
  withStatus?: boolean
}) {
  const { figure, percent } = formats(lang)
  const width = Math.max(0, Math.min(100, row.percentOfTarget ?? 0))
  const status = statusText(row.status, say, lang)
  const label = say('planBar', {
    actual: figure(row.actual, row.unit),
    target: figure(row.target, row.unit),
  })
  return (
    <span style={{ display: 'block', minWidth: compact ? 64 : 140 }}>
      <span style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <span
          role="img"
          aria-label={`${label}: ${percent(row.percentOfTarget)}, ${status}`}
          style={{
            flex: compact ? '1 1 24px' : '1 1 80px',
            height: 10,
            background: '#8883',
            border: '1px solid #8886',
            borderRadius: 5,
            overflow: 'hidden',
            ...printExact,
          }}
        >
          <span
            style={{
              display: 'block',
              height: '100%',
              width: `${width}%`,
              background: statusColour[row.status ?? 'none'],
              ...printExact,
            }}
          />
        </span>
        <span aria-hidden="true" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {percent(row.percentOfTarget)}
        </span>
      </span>
      {withStatus && row.status && (
        <span aria-hidden="true" style={{ display: 'block' }}>
          {status}
        </span>
      )}
    </span>
  )
}
