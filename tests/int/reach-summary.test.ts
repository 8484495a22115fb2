import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { summaryRows } from '@/reach/endpoints'
import { addCounts } from '@/reach/counts'
import { periodOf, periodRange } from '@/reach/periods'
import { reachSummary, type ReachSummary } from '@/reach/summary'
import { bootPayload, engine } from '../helpers/payload'
import { createRoleUsers, type RoleUsers } from '../helpers/users'

let payload: Payload
let u: RoleUsers
let national: ReachSummary
const id: Record<string, number> = {}

/*
 * The fixture, small enough to add up by hand. Period 2020-H1 is 2020-01-01 to 2020-06-30 in
 * Lao time (UTC+7).
 *
 * Broadcasts:
 *   Savannakhet Radio (LA-SV): aired 3 (one at 23:30 on 30 June, Lao time), missed 1, planned 1
 *     → booked 5, delivery 3 / 4 = 0.75. Two more fall just outside the period.
 *   Savannakhet TV (LA-SV): moved 1, aired 1 → booked 2, delivery 1.
 *   Luang Prabang Radio (LA-LP): missed 2 → booked 2, delivery 0.
 *   All: booked 9, planned 1, aired 4, moved 1, missed 3 → delivery 5 / 8 = 0.625.
 *   Savannakhet only: booked 7, planned 1, aired 4, moved 1, missed 1 → 5 / 6.
 *
 * Reports for 2020-H1: LA-SV accepted (100 people), LA-LP submitted (60), LA-VT draft (10, not
 * counted), and one for LA-SV in 2020-H2 (not this period).
 *
 * Daily counts: song-a 10 views / 4 plays on the site and 5 / 2 in a partner's embed on 1 Feb,
 * 1 / 1 in an embed of no partner on 2 Feb; news-a 7 views on 30 June; and rows on 31 December
 * 2019 and 1 July 2020, outside.
 */
beforeAll(async () => {
  payload = await bootPayload()
  u = await createRoleUsers(payload)
  const vt = await payload.create({
    collection: 'provinces',
    data: { code: 'LA-VT', title: 'Vientiane Capital', slug: 'vientiane-capital' },
  })
  id.vt = vt.id
  const station = async (name: string, kind: string, province: number) =>
    (await payload.create({ collection: 'stations', data: { name, kind, province } as never })).id
  id.svRadio = await station('Savannakhet Radio', 'radio', u.home.id)
  id.svTv = await station('Savannakhet TV', 'tv', u.home.id)
  id.lpRadio = await station('Luang Prabang Radio', 'radio', u.away.id)

  const spot = await payload.create({
    collection: 'radio-spots',
    data: { title: 'Ask three questions', _status: 'published' } as never,
  })
  const log = (station: number, plannedAt: string, status: string) =>
    payload.create({
      collection: 'broadcasts',
      data: {
        item: { relationTo: 'radio-spots', value: spot.id },
        station,
        plannedAt: new Date(plannedAt).toISOString(),
        status,
        ...(status === 'aired' || status === 'moved'
          ? { airedAt: new Date(plannedAt).toISOString() }
          : {}),
      } as never,
    })
  await log(id.svRadio, '2020-02-01T08:00:00+07:00', 'aired')
  await log(id.svRadio, '2020-03-01T08:00:00+07:00', 'aired')
  await log(id.svRadio, '2020-06-30T23:30:00+07:00', 'aired')
  await log(id.svRadio, '2020-04-01T08:00:00+07:00', 'missed')
  await log(id.svRadio, '2020-05-01T08:00:00+07:00', 'planned')
  await log(id.svRadio, '2020-07-01T00:30:00+07:00', 'aired')
  await log(id.svRadio, '2019-12-31T23:59:00+07:00', 'aired')
  await log(id.svTv, '2020-02-02T20:00:00+07:00', 'moved')
  await log(id.svTv, '2020-02-03T20:00:00+07:00', 'aired')
  await log(id.lpRadio, '2020-02-04T07:00:00+07:00', 'missed')
  await log(id.lpRadio, '2020-02-05T07:00:00+07:00', 'missed')

  const report = async (
    province: number,
    period: string,
    status: 'draft' | 'submitted' | 'accepted',
    figures: number[],
    materials: [string, number][],
  ) => {
    const [eventsHeld, female, male, other, under15, from15to24, from25] = figures
    const doc = await payload.create({
      collection: 'reach-reports',
      data: {
        period,
        province,
        status: status === 'accepted' ? 'submitted' : status,
        eventsHeld,
        reached: { female, male, other },
        reachedByAge: { under15, from15to24, from25 },
        materials: materials.map(([type, count]) => ({ type, count })),
      } as never,
      user: u.admin,
    })
    if (status === 'accepted')
      await payload.update({
        collection: 'reach-reports',
        id: doc.id,
        data: { status: 'accepted' },
        user: u.admin,
      })
  }
  await report(
    u.home.id,
    '2020-H1',
    'accepted',
    [10, 60, 40, 0, 20, 50, 30],
    [
      ['radio-spots', 4],
      ['print', 100],
    ],
  )
  await report(u.away.id, '2020-H1', 'submitted', [5, 30, 25, 5, 10, 40, 10], [['print', 50]])
  await report(vt.id, '2020-H1', 'draft', [2, 7, 3, 0, 0, 10, 0], [['songs', 3]])
  await report(u.home.id, '2020-H2', 'submitted', [99, 900, 0, 0, 0, 0, 900], [['print', 9]])

  await payload.create({
    collection: 'songs',
    data: { title: 'Song A', slug: 'song-a', _status: 'published' } as never,
  })
  await payload.create({
    collection: 'news',
    data: { title: 'News A', slug: 'news-a', _status: 'published' } as never,
  })
  const count = (
    day: string,
    type: string,
    slug: string,
    source: 'site' | 'embed',
    partner: number | null,
    views: number,
    plays: number,
  ) => addCounts(payload, { day, type, slug, source, partner }, { views, plays })
  await count('2020-02-01', 'songs', 'song-a', 'site', null, 10, 4)
  await count('2020-02-01', 'songs', 'song-a', 'embed', u.partnerOrg.id, 5, 2)
  await count('2020-02-02', 'songs', 'song-a', 'embed', null, 1, 1)
  await count('2020-06-30', 'news', 'news-a', 'site', null, 7, 0)
  await count('2019-12-31', 'songs', 'song-a', 'site', null, 1000, 1000)
  await count('2020-07-01', 'songs', 'song-a', 'embed', u.partnerOrg.id, 1000, 1000)

  national = await reachSummary(payload, u.admin, { period: '2020-H1', locale: 'en' })
})

afterAll(async () => {
  await payload?.destroy()
})

const refusal = async (p: Promise<unknown>) =>
  ((await p.then(() => null).catch((e: unknown) => e)) as { status?: number } | null)?.status

describe('half-year periods', () => {
  it('run from Lao midnight on 1 January or 1 July to the next', () => {
    expect(periodRange('2020-H1')).toMatchObject({
      firstDay: '2020-01-01',
      lastDay: '2020-06-30',
      from: new Date('2019-12-31T17:00:00Z'),
      to: new Date('2020-06-30T17:00:00Z'),
    })
    expect(periodRange('2020-H2')).toMatchObject({
      lastDay: '2020-12-31',
      to: new Date('2020-12-31T17:00:00Z'),
    })
    expect(periodRange('2020-H3')).toBeNull()
    expect(periodOf(new Date('2026-06-30T17:30:00Z'))).toBe('2026-H2')
    expect(periodOf(new Date('2026-06-30T16:30:00Z'))).toBe('2026-H1')
  })
})

describe(`the reach summary (${engine})`, () => {
  it('counts broadcasts per station, with the delivery rate of those whose outcome is logged', () => {
    const byName = Object.fromEntries(national.broadcasts.stations.map((s) => [s.name, s]))
    expect(byName['Savannakhet Radio']).toMatchObject({
      province: 'LA-SV',
      kind: 'radio',
      booked: 5,
      planned: 1,
      aired: 3,
      moved: 0,
      missed: 1,
      deliveryRate: 0.75,
    })
    expect(byName['Savannakhet TV']).toMatchObject({
      booked: 2,
      moved: 1,
      aired: 1,
      deliveryRate: 1,
    })
    expect(byName['Luang Prabang Radio']).toMatchObject({ booked: 2, missed: 2, deliveryRate: 0 })
    expect(national.broadcasts.total).toEqual({
      booked: 9,
      planned: 1,
      aired: 4,
      moved: 1,
      missed: 3,
      deliveryRate: 0.625,
    })
  })

  it('adds up people reached from submitted and accepted reports only, and lists every province', () => {
    expect(national.reached.total).toEqual({
      eventsHeld: 15,
      female: 90,
      male: 65,
      other: 5,
      total: 160,
      under15: 30,
      from15to24: 90,
      from25: 40,
    })
    expect(national.reached.reports).toEqual({ missing: 0, draft: 1, submitted: 1, accepted: 1 })
    const vt = national.reached.provinces.find((p) => p.code === 'LA-VT')
    expect(vt).toMatchObject({ status: 'draft', counted: false, total: 10 })
    expect(national.scope).toEqual({
      national: true,
      province: null,
      provinces: ['LA-LP', 'LA-SV', 'LA-VT'],
    })
    expect(national.materials.sort((a, b) => a.type.localeCompare(b.type))).toEqual([
      { type: 'print', count: 150 },
      { type: 'radio-spots', count: 4 },
    ])
  })

  it('adds up plays and views per type, item, day and source, and embeds per partner', () => {
    expect(national.plays.total).toEqual({ views: 23, plays: 7 })
    expect(national.plays.bySource).toEqual({
      site: { views: 17, plays: 4 },
      embed: { views: 6, plays: 3 },
      podcast: { views: 0, plays: 0 },
    })
    expect(national.plays.byType).toEqual([
      { type: 'songs', views: 16, plays: 7 },
      { type: 'news', views: 7, plays: 0 },
    ])
    expect(national.plays.byItem).toEqual([
      { type: 'songs', slug: 'song-a', title: 'Song A', views: 16, plays: 7 },
      { type: 'news', slug: 'news-a', title: 'News A', views: 7, plays: 0 },
    ])
    expect(national.plays.byDay).toEqual([
      { day: '2020-02-01', views: 15, plays: 6 },
      { day: '2020-02-02', views: 1, plays: 1 },
      { day: '2020-06-30', views: 7, plays: 0 },
    ])
    expect(national.embeds.partners).toEqual([
      {
        id: u.partnerOrg.id,
        slug: u.partnerOrg.slug,
        title: u.partnerOrg.title,
        views: 5,
        plays: 2,
      },
    ])
    expect(national.embeds.unattributed).toEqual({ views: 1, plays: 1 })
  })

  it('keeps to one province when asked, and a provincial editor to its own', async () => {
    const sv = await reachSummary(payload, u.editor, { period: '2020-H1', province: 'la-sv' })
    const mine = await reachSummary(payload, u.provincial, { period: '2020-H1' })
    for (const s of [sv, mine]) {
      expect(s.scope.provinces).toEqual(['LA-SV'])
      expect(s.broadcasts.stations.map((st) => st.name)).toEqual([
        'Savannakhet Radio',
        'Savannakhet TV',
      ])
      expect(s.broadcasts.total).toEqual({
        booked: 7,
        planned: 1,
        aired: 4,
        moved: 1,
        missed: 1,
        deliveryRate: 5 / 6,
      })
      expect(s.reached.total.total).toBe(100)
      expect(s.reached.reports).toEqual({ missing: 0, draft: 0, submitted: 0, accepted: 1 })
      expect(s.materials).toContainEqual({ type: 'print', count: 100 })
    }
    expect(sv.scope).toMatchObject({ province: 'LA-SV', national: false })
    expect(mine.scope).toMatchObject({ province: null, national: false })
    const other = await reachSummary(payload, u.editor, { period: '2020-H2' })
    expect(other.reached.total.total).toBe(900)
    expect(other.broadcasts.total.booked).toBe(1)
    expect(other.reached.reports.missing).toBe(2)
  })

  it('refuses the public, partners, reviewers, another province, and bad questions', async () => {
    expect(await refusal(reachSummary(payload, null, { period: '2020-H1' }))).toBe(401)
    expect(await refusal(reachSummary(payload, u.partner, { period: '2020-H1' }))).toBe(403)
    expect(await refusal(reachSummary(payload, u.reviewer, { period: '2020-H1' }))).toBe(403)
    expect(
      await refusal(reachSummary(payload, u.provincial, { period: '2020-H1', province: 'LA-LP' })),
    ).toBe(403)
    expect(await refusal(reachSummary(payload, u.admin, { period: '2020' }))).toBe(400)
    expect(
      await refusal(reachSummary(payload, u.admin, { period: '2020-H1', province: 'LA-XX' })),
    ).toBe(400)
  })

  it('exports the same figures as rows of a long table', () => {
    const rows = summaryRows(national)
    const find = (match: Record<string, unknown>) =>
      rows.filter((r) => Object.entries(match).every(([k, v]) => r[k as keyof typeof r] === v))
    expect(
      find({ section: 'broadcasts', station: 'Savannakhet Radio', measure: 'deliveryRate' }),
    ).toEqual([expect.objectContaining({ value: 0.75, period: '2020-H1', province: 'LA-SV' })])
    expect(find({ section: 'reached', province: 'counted', measure: 'total' })[0].value).toBe(160)
    expect(find({ section: 'reports', province: 'LA-VT' })[0].value).toBe('draft')
    expect(find({ section: 'embeds', partner: u.partnerOrg.slug, measure: 'plays' })[0].value).toBe(
      2,
    )
    expect(find({ section: 'plays-by-day', day: '2020-02-01', measure: 'views' })[0].value).toBe(15)
  })

  it('names each station in the language asked for, in the figures and the export', async () => {
    await payload.update({
      collection: 'stations',
      id: id.svRadio,
      locale: 'lo',
      data: { name: 'ວິທະຍຸແຂວງສະຫວັນນະເຂດ' },
    })
    await payload.update({
      collection: 'stations',
      id: id.svRadio,
      locale: 'en',
      data: { name: 'Savannakhet Radio' },
    })
    const names = async (locale: 'lo' | 'en') => {
      const s = await reachSummary(payload, u.admin, { period: '2020-H1', locale })
      const exported = summaryRows(s).filter((r) => r.measure === 'booked' && r.station)
      expect(exported.map((r) => r.station)).toEqual(s.broadcasts.stations.map((st) => st.name))
      return s.broadcasts.stations.map((st) => st.name)
    }
    // Savannakhet TV has only the name it was given: both languages show it.
    expect(await names('lo')).toEqual([
      'Luang Prabang Radio',
      'Savannakhet TV',
      'ວິທະຍຸແຂວງສະຫວັນນະເຂດ',
    ])
    expect(await names('en')).toEqual([
      'Luang Prabang Radio',
      'Savannakhet Radio',
      'Savannakhet TV',
    ])
  })
})
