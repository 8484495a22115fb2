import { describe, expect, it } from '@jest/globals'
import { figuresOf, provinceFiguresOf } from '@/reach/indicators/figures'
import { indicatorSources } from '@/reach/indicators/sources'
import { quizFigures } from '@/reach/summary/answerFigures'
import { broadcastFigures, reportFigures } from '@/reach/summary/figures'
import type { ReachSummary } from '@/reach/summary/types'

// Two provinces, each with stations, broadcasts, a report and quiz answers; the country's
// summary made once, and each province's made alone from its own documents, as the summary
// reads them in a province's scope.
const provinces = [
  { id: 1, code: 'LA-SV', title: 'Savannakhet' },
  { id: 2, code: 'LA-LP', title: 'Luang Prabang' },
]
const stations = [
  { id: 10, name: 'SV FM', kind: 'radio', province: 1 },
  { id: 11, name: 'SV TV', kind: 'tv', province: 1 },
  { id: 20, name: 'LP FM', kind: 'radio', province: 2 },
]
const broadcasts = [
  ...['aired', 'aired', 'moved', 'missed', 'planned'].map((status) => ({ station: 10, status })),
  ...['aired', 'missed'].map((status) => ({ station: 11, status })),
  ...['missed', 'missed', 'aired'].map((status) => ({ station: 20, status })),
]
const reports = [
  {
    province: 1,
    status: 'accepted',
    eventsHeld: 7,
    reached: { female: 30, male: 20, other: 1 },
    reachedByAge: { under15: 10, from15to24: 30, from25: 11 },
    materials: [
      { type: 'print', count: 400 },
      { type: 'songs', count: 3 },
    ],
  },
  {
    province: 2,
    status: 'draft',
    eventsHeld: 2,
    reached: { female: 5, male: 5, other: 0 },
    reachedByAge: { under15: 0, from15to24: 10, from25: 0 },
  },
]
const quiz = { id: 7, slug: 'q', title: 'Q', questions: ['a', 'b'] }
const tally = (province: number, question: number, answered: number, right: number) => ({
  quiz: 7,
  question,
  answered,
  right,
  province,
})
// Savannakhet: 12 attempts; Luang Prabang: 3, under the small-number rule.
const tallies = [tally(1, 0, 12, 9), tally(1, 1, 12, 6), tally(2, 0, 3, 3), tally(2, 1, 3, 1)]
const codeOf = (id: unknown) => provinces.find((p) => p.id === id)?.code ?? null
const plays = { views: 90, plays: 40 }

function summaryOf(inScope: typeof provinces): ReachSummary {
  const ids = new Set(inScope.map((p) => p.id))
  const own = <T extends { province: number }>(docs: T[]) => docs.filter((d) => ids.has(d.province))
  const ownStations = own(stations)
  const stationIds = new Set(ownStations.map((s) => s.id))
  return {
    broadcasts: broadcastFigures(
      ownStations,
      broadcasts.filter((b) => stationIds.has(b.station)),
      provinces,
    ),
    ...reportFigures(inScope, own(reports)),
    answers: {
      quizzes: quizFigures(
        [quiz],
        own(tallies),
        inScope.map((p) => p.code),
        codeOf,
      ).filter((q) => q.attempts !== 0),
      polls: [],
    },
    plays: { total: plays },
  } as unknown as ReachSummary
}

describe('the figures of one province, taken off the country’s summary', () => {
  const national = summaryOf(provinces)

  it('equal those of the province’s own summary, for every source', () => {
    for (const province of provinces) {
      const alone = figuresOf(summaryOf([province]))
      const taken = provinceFiguresOf(national, province.code)
      for (const [name, source] of Object.entries(indicatorSources))
        if (source.actual)
          expect({ name, code: province.code, actual: source.actual(taken) }).toEqual({
            name,
            code: province.code,
            actual: source.actual(alone),
          })
    }
  })

  it('are what the documents say, worked out by hand', () => {
    const sv = provinceFiguresOf(national, 'LA-SV')
    const lp = provinceFiguresOf(national, 'LA-LP')
    const actual = (name: keyof typeof indicatorSources, f: typeof sv) =>
      indicatorSources[name].actual?.(f)
    // Savannakhet: 4 of 7 went out (3 aired, 1 moved); 4 of 6 with an outcome.
    expect(actual('broadcasts-aired', sv)).toBe(4)
    expect(actual('delivery-rate', sv)).toBeCloseTo(66.67, 1)
    expect(actual('people-reached', sv)).toBe(51)
    expect(actual('events-held', sv)).toBe(7)
    expect(actual('materials-distributed', sv)).toBe(403)
    // 12 answers to each question, rounded to 10, with 9 and 6 right, rounded to 10 and 5: 75%.
    expect(actual('quiz-score', sv)).toBe(75)
    // Luang Prabang: its report is a draft, and 3 attempts are too few to score.
    expect(actual('people-reached', lp)).toBeNull()
    expect(actual('quiz-score', lp)).toBeNull()
    expect(actual('delivery-rate', lp)).toBeCloseTo(33.33, 1)
    // The counters record no place: a province sees the country's.
    expect(actual('plays', lp)).toBe(40)
  })
})
