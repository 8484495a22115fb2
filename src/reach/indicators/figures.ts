/**
 * What the plan's computed sources read: the figures of one scope, taken off a reach summary,
 * either the whole of its scope (figuresOf) or one province of it (provinceFiguresOf), so that
 * every province's indicators come out of one summary instead of one each.
 */
import { addTally, emptyTally, withDeliveryRate } from '../summary/figures'
import type { Counted, ReachSummary, Shown, Tally } from '../summary/types'

export type ScopeFigures = {
  broadcasts: Tally
  /** From the counted (submitted or accepted) reports; null before the first one counts. */
  reported: { people: number; events: number; materials: number } | null
  quizzes: { attempts: Shown; averageScore: number | null }[]
  /** The counters record no place: the whole country's. */
  plays: Counted
}

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

export function figuresOf(s: ReachSummary): ScopeFigures {
  const counted = s.reached.reports.submitted + s.reached.reports.accepted
  return {
    broadcasts: s.broadcasts.total,
    reported: counted
      ? {
          people: s.reached.total.total,
          events: s.reached.total.eventsHeld,
          materials: sum(s.materials.map((m) => m.count)),
        }
      : null,
    quizzes: s.answers.quizzes,
    plays: s.plays.total,
  }
}

/** The figures of the province `code` of a summary whose scope holds it. */
export function provinceFiguresOf(s: ReachSummary, code: string): ScopeFigures {
  const broadcasts = emptyTally()
  for (const station of s.broadcasts.stations)
    if (station.province === code) addTally(broadcasts, station)
  const own = s.reached.provinces.find((p) => p.code === code)
  return {
    broadcasts: withDeliveryRate(broadcasts),
    reported: own?.counted
      ? { people: own.total, events: own.eventsHeld, materials: own.materials }
      : null,
    quizzes: s.answers.quizzes.map((q) => {
      const group = q.byProvince.find((g) => g.group === code)
      return { attempts: group?.attempts ?? 0, averageScore: group?.averageScore ?? null }
    }),
    plays: s.plays.total,
  }
}
