import { describe, expect, it } from '@jest/globals'
import { hasTable, totalsOfTable } from '@/reach/reportValues'
import { broadcastFigures, reportFigures, withDeliveryRate } from '@/reach/summary/figures'
import { addUpCounts, embedFigures, playFigures, slugsByType } from '@/reach/summary/plays'

const provinces = [
  { id: 1, code: 'LA-SV', title: 'Savannakhet' },
  { id: 2, code: 'LA-LP', title: 'Luang Prabang' },
  { id: 3, code: 'LA-VT' },
]

describe('the delivery rate', () => {
  it('is aired and moved over every broadcast whose outcome is logged, planned ones aside', () => {
    const tally = { booked: 9, planned: 1, aired: 4, moved: 1, missed: 3, deliveryRate: null }
    expect(withDeliveryRate(tally).deliveryRate).toBe(0.625)
  })

  it('is null, not 0 or NaN, when no outcome is logged yet', () => {
    const tally = { booked: 2, planned: 2, aired: 0, moved: 0, missed: 0, deliveryRate: 0 }
    expect(withDeliveryRate(tally).deliveryRate).toBeNull()
  })
})

describe('broadcastFigures', () => {
  const stations = [
    { id: 10, name: 'Savannakhet TV', kind: 'tv', province: 1 },
    { id: 11, name: 'Luang Prabang Radio', kind: 'radio', province: { id: 2 } },
    { id: 12, name: 'Savannakhet Radio', kind: 'radio', province: 1 },
  ]
  const broadcasts = [
    { station: 12, status: 'aired' },
    { station: { id: 12 }, status: 'aired' },
    { station: 12, status: 'missed' },
    { station: 12, status: 'planned' },
    { station: 10, status: 'moved' },
    { station: 11, status: 'missed' },
    // Another station's, and an unknown status: neither counts.
    { station: 99, status: 'aired' },
    { station: 10, status: 'cancelled' },
  ]

  it('counts per station and in all, sorted by province code then name', () => {
    const figures = broadcastFigures(stations, broadcasts, provinces)
    expect(figures.stations.map((s) => [s.province, s.name, s.booked, s.deliveryRate])).toEqual([
      ['LA-LP', 'Luang Prabang Radio', 1, 0],
      ['LA-SV', 'Savannakhet Radio', 4, 2 / 3],
      ['LA-SV', 'Savannakhet TV', 1, 1],
    ])
    expect(figures.total).toEqual({
      booked: 6,
      planned: 1,
      aired: 2,
      moved: 1,
      missed: 2,
      deliveryRate: 0.6,
    })
  })

  it('gives a station of no known province an empty code', () => {
    const figures = broadcastFigures([{ id: 1, name: 'X', kind: 'tv', province: 404 }], [], [])
    expect(figures.stations[0]).toMatchObject({ province: '', booked: 0, deliveryRate: null })
  })
})

describe('reportFigures', () => {
  const report = (province: number, status: string, people: number[], materials = {}) => ({
    province,
    status,
    eventsHeld: people[0],
    reached: { female: people[1], male: people[2], other: people[3] },
    reachedByAge: { under15: people[4], from15to24: people[5], from25: people[6] },
    materials: Object.entries(materials).map(([type, count]) => ({ type, count })),
    narrative: status === 'accepted' ? 'Went well.' : undefined,
  })

  it('adds up submitted and accepted reports only, and lists every province, missing or not', () => {
    const { reached, materials } = reportFigures(provinces, [
      report(1, 'accepted', [10, 60, 40, 0, 20, 50, 30], { 'radio-spots': 4, print: 100 }),
      report(2, 'submitted', [5, 30, 25, 5, 10, 40, 10], { print: 50 }),
    ])
    expect(reached.total).toEqual({
      eventsHeld: 15,
      female: 90,
      male: 65,
      other: 5,
      total: 160,
      under15: 30,
      from15to24: 90,
      from25: 40,
    })
    expect(reached.reports).toEqual({ missing: 1, draft: 0, submitted: 1, accepted: 1 })
    expect(reached.provinces.map((p) => [p.code, p.title, p.status, p.counted])).toEqual([
      ['LA-SV', 'Savannakhet', 'accepted', true],
      ['LA-LP', 'Luang Prabang', 'submitted', true],
      ['LA-VT', 'LA-VT', 'missing', false],
    ])
    expect(reached.provinces[0].narrative).toBe('Went well.')
    expect(reached.provinces[1].narrative).toBeNull()
    expect(materials).toEqual([
      { type: 'radio-spots', count: 4 },
      { type: 'print', count: 150 },
    ])
  })

  it('shows a draft’s figures for its province but leaves them out of the totals', () => {
    const { reached, materials } = reportFigures(provinces.slice(2), [
      report(3, 'draft', [2, 7, 3, 0, 0, 10, 0], { songs: 3 }),
    ])
    expect(reached.provinces[0]).toMatchObject({ status: 'draft', counted: false, total: 10 })
    expect(reached.total.total).toBe(0)
    expect(materials).toEqual([])
  })
})

describe('people by sex and age', () => {
  // A report entered in the table: female row, male row (other empty), six bands each.
  const table = {
    female: { age0to14: 5, age15to19: 10, age20to24: 6, age25to30: 3, age31to34: 2, age35plus: 4 },
    male: { age0to14: 1, age15to19: 8, age20to24: 4, age25to30: 0, age31to34: 0, age35plus: 7 },
  }

  it('adds the table up by sex and into the three old bands, and knows an empty one', () => {
    expect(totalsOfTable(table)).toEqual({
      reached: { female: 30, male: 20, other: 0 },
      reachedByAge: { under15: 6, from15to24: 28, from25: 16 },
    })
    expect(hasTable(table)).toBe(true)
    expect(hasTable({ female: { age0to14: 0 } })).toBe(false)
    expect(hasTable(null)).toBe(false)
  })

  it('cross-tabulates the counted reports with a table, and keeps those before it in their old bands', () => {
    const { reached } = reportFigures(provinces, [
      {
        province: 1,
        status: 'accepted',
        ...totalsOfTable(table),
        reachedBySexAge: table,
      },
      {
        province: 2,
        status: 'submitted',
        reached: { female: 7, male: 3, other: 1 },
        reachedByAge: { under15: 2, from15to24: 6, from25: 3 },
      },
      { province: 3, status: 'draft', reachedBySexAge: table },
    ])
    expect(reached.bySexAge.reports).toBe(1)
    expect(reached.bySexAge.cells.female).toEqual({
      '0-14': 5,
      '15-19': 10,
      '20-24': 6,
      '25-30': 3,
      '31-34': 2,
      '35+': 4,
    })
    expect(reached.bySexAge.cells.other['35+']).toBe(0)
    expect(reached.oldBands).toEqual({
      reports: 1,
      female: 7,
      male: 3,
      other: 1,
      total: 11,
      under15: 2,
      from15to24: 6,
      from25: 3,
    })
    // Both kinds add up in the totals, in the old bands.
    expect(reached.total).toMatchObject({ total: 61, under15: 8, from15to24: 34, from25: 19 })
  })
})

describe('addUpCounts, playFigures and embedFigures', () => {
  const rows = [
    { day: '2020-02-01', type: 'songs', slug: 'a', source: 'site', views: 10, plays: 4 },
    {
      day: '2020-02-01',
      type: 'songs',
      slug: 'a',
      source: 'embed',
      partner: 7,
      views: 5,
      plays: 2,
    },
    { day: '2020-02-02', type: 'songs', slug: 'a', source: 'embed', views: 1, plays: 1 },
    { day: '2020-01-15', type: 'episodes', slug: 'e', source: 'podcast', views: 0, plays: 3 },
    { day: '2020-06-30', type: 'news', slug: 'n', source: 'site', views: 7, plays: null },
  ]
  // The day totals, as `day-counts` holds them.
  const days = [
    { day: '2020-02-02', views: 1, plays: 1 },
    { day: '2020-01-15', views: 0, plays: 3 },
    { day: '2020-02-01', views: 15, plays: 6 },
    { day: '2020-06-30', views: 7, plays: null },
  ]
  const counts = addUpCounts(rows, days)

  it('adds up by source, type, item and day, and embeds by partner or none', () => {
    expect(counts.total).toEqual({ views: 23, plays: 10 })
    expect(counts.bySource).toEqual({
      site: { views: 17, plays: 4 },
      embed: { views: 6, plays: 3 },
      podcast: { views: 0, plays: 3 },
    })
    expect([...counts.byPartner]).toEqual([['7', { views: 5, plays: 2 }]])
    expect(counts.unattributed).toEqual({ views: 1, plays: 1 })
    expect(slugsByType(counts)).toEqual(
      new Map([
        ['songs', ['a']],
        ['episodes', ['e']],
        ['news', ['n']],
      ]),
    )
  })

  it('lists the most played first, then the most viewed, and days in order', () => {
    const plays = playFigures(counts, new Map([['songs/a', 'Song A']]))
    expect(plays.byType.map((t) => t.type)).toEqual(['songs', 'episodes', 'news'])
    expect(plays.byItem).toEqual([
      { type: 'songs', slug: 'a', title: 'Song A', views: 16, plays: 7 },
      { type: 'episodes', slug: 'e', title: null, views: 0, plays: 3 },
      { type: 'news', slug: 'n', title: null, views: 7, plays: 0 },
    ])
    expect(plays.byDay).toEqual([
      { day: '2020-01-15', views: 0, plays: 3 },
      { day: '2020-02-01', views: 15, plays: 6 },
      { day: '2020-02-02', views: 1, plays: 1 },
      { day: '2020-06-30', views: 7, plays: 0 },
    ])
  })

  it('names the partners counted, by their documents', () => {
    const embeds = embedFigures(counts, [{ id: 7, slug: 'unicef' }])
    expect(embeds).toEqual({
      partners: [{ id: 7, slug: 'unicef', title: 'unicef', views: 5, plays: 2 }],
      unattributed: { views: 1, plays: 1 },
    })
  })
})
