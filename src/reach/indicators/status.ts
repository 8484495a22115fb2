/**
 * How far an indicator is towards its target, and whether it is on track. Pure: no Payload.
 *
 * - **% of target:** actual ÷ target for an indicator where higher is better (none without a
 *   positive target); target ÷ actual where lower is better: 100 when the actual is 0 (at or
 *   below any target), 0 for any actual against a target of 0 ("none at all").
 * - **Status** compares the actual with what was due by now: in a half-year still running, a
 *   count (people reached, broadcasts aired) is due in proportion to the days gone; a rate (a
 *   delivery rate, a quiz score) is due whole from the start. `on-track` at or above the
 *   settings' first threshold (% of what was due), `at-risk` at or above the second,
 *   `off-track` below.
 */

export type Direction = 'higher' | 'lower'
export type IndicatorStatus = 'on-track' | 'at-risk' | 'off-track'
export type Thresholds = { onTrack: number; atRisk: number }

/** When the settings say nothing: 90% of what was due is on track, 70% at risk. */
export const DEFAULT_THRESHOLDS: Thresholds = { onTrack: 90, atRisk: 70 }

const oneDecimal = (n: number) => Math.round(n * 10) / 10

/** Actual against target, in per cent (one decimal); null when it cannot be said. */
export function percentOf(
  actual: number | null,
  target: number | null,
  direction: Direction,
): number | null {
  if (actual === null || target === null || actual < 0 || target < 0) return null
  if (direction === 'higher') return target > 0 ? oneDecimal((actual / target) * 100) : null
  return actual === 0 ? 100 : oneDecimal((target / actual) * 100)
}

/**
 * The status of `actual` against `target`, where `due` (0 to 1) is the share of the target due
 * by now: 1 for a rate or a finished period. Null when there is no actual or no target, or when
 * nothing is due yet.
 */
export function statusOf(
  actual: number | null,
  target: number | null,
  direction: Direction,
  due: number,
  thresholds: Thresholds,
): IndicatorStatus | null {
  if (actual === null || target === null) return null
  const owed = target * Math.min(1, Math.max(due, 0))
  // A half-year not yet begun has nothing due: no status yet. Once begun, a target of none at all
  // (lower is better, 0) is measured too.
  const noneAllowed = direction === 'lower' && target === 0 && due > 0
  const pct = owed > 0 || noneAllowed ? percentOf(actual, owed, direction) : null
  if (pct === null) return null
  if (pct >= thresholds.onTrack) return 'on-track'
  if (pct >= thresholds.atRisk) return 'at-risk'
  return 'off-track'
}

/** The share of a period's days gone at `now` (0 before it starts, 1 once it has ended). */
export function shareGone(from: Date, to: Date, now = new Date()): number {
  const span = to.getTime() - from.getTime()
  if (span <= 0) return 1
  return Math.min(1, Math.max(0, (now.getTime() - from.getTime()) / span))
}

/** Thresholds as the settings give them, checked: on-track above at-risk, both within 0–100+. */
export function thresholdsOf(settings: { onTrack?: number | null; atRisk?: number | null } | null) {
  const onTrack = settings?.onTrack ?? DEFAULT_THRESHOLDS.onTrack
  const atRisk = settings?.atRisk ?? DEFAULT_THRESHOLDS.atRisk
  return onTrack > atRisk && atRisk >= 0 ? { onTrack, atRisk } : DEFAULT_THRESHOLDS
}
