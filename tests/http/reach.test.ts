import { beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { reports, stations } from '../../seed/data/demo/reach'
import { periodOf } from '@/reach/periods'
import { adminLogin, api, partnerLogin, server } from '../helpers/http'

type Summary = {
  period: string
  scope: { national: boolean; province: string | null; provinces: string[] }
  broadcasts: {
    total: { booked: number; missed: number; aired: number }
    stations: { name: string; province: string; booked: number; missed: number }[]
  }
  reached: { total: { total: number; female: number }; reports: Record<string, number> }
  plays: { total: { views: number; plays: number } }
  embeds: { partners: { slug: string; plays: number }[] }
}

// The summary names stations in Lao unless asked for English.
const demoStations = new Set(stations.map((st) => st.name.lo))
let admin: string
let partner: string
const run = Date.now()

/** What the seed's 2020-H1 reports add up to: the submitted and accepted ones only. */
const counted = reports.filter(
  (r) => r.period === '2020-H1' && (r.status === 'submitted' || r.status === 'accepted'),
)
const people = (rs: typeof reports) =>
  rs.reduce((sum, r) => sum + r.figures[1] + r.figures[2] + r.figures[3], 0)

beforeAll(async () => {
  admin = await adminLogin()
  partner = await partnerLogin(admin, `reach-${run}`)
})

describe('/api/reach/summary on the seeded demo', () => {
  it('gives the national roll-up of 2020-H1 with real figures, not cached', async () => {
    const res = await api<Summary>('/api/reach/summary?period=2020-H1', { token: admin })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toContain('no-store')
    const s = res.body
    expect(s.scope).toMatchObject({ national: true, province: null })
    expect(s.scope.provinces).toHaveLength(18)
    // Other tests on this server add stations of their own: the demo's are these.
    const demo = s.broadcasts.stations.filter((st) => demoStations.has(st.name))
    expect(demo).toHaveLength(stations.length)
    expect(demo.reduce((n, st) => n + st.booked, 0)).toBe(stations.length * 13)
    expect(demo.reduce((n, st) => n + st.missed, 0)).toBe(
      stations.reduce((n, st) => n + st.misses, 0),
    )
    expect(s.broadcasts.total.booked).toBe(
      s.broadcasts.stations.reduce((n, st) => n + st.booked, 0),
    )
    expect(s.reached.total.total).toBe(people(counted))
    expect(s.reached.reports).toMatchObject({ accepted: 2, submitted: 1, draft: 1, missing: 14 })
    expect(s.plays.total.plays).toBeGreaterThan(0)
    expect(s.embeds.partners[0].plays).toBeGreaterThan(0)
  })

  it('gives one province when asked', async () => {
    const res = await api<Summary>('/api/reach/summary?period=2020-H1&province=LA-SV', {
      token: admin,
    })
    expect(res.status).toBe(200)
    expect(res.body.scope).toMatchObject({
      national: false,
      province: 'LA-SV',
      provinces: ['LA-SV'],
    })
    expect(res.body.reached.total.total).toBe(people(counted.filter((r) => r.province === 'LA-SV')))
    expect(res.body.broadcasts.stations.every((st) => st.province === 'LA-SV')).toBe(true)
    expect(
      res.body.broadcasts.stations.filter((st) => demoStations.has(st.name)).map((st) => st.name),
    ).toEqual(stations.filter((st) => st.province === 'LA-SV').map((st) => st.name.lo))
  })

  it('refuses the anonymous (401), partners (403) and bad questions (400), with a message', async () => {
    const anonymous = await api<{ errors: { message: string }[] }>(
      '/api/reach/summary?period=2020-H1',
    )
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toMatch(/sign in/i)
    const asPartner = await api('/api/reach/summary?period=2020-H1', { token: partner })
    expect(asPartner.status).toBe(403)
    const bad = await api<{ errors: { message: string }[] }>('/api/reach/summary?period=2020-Q1', {
      token: admin,
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/2020-H1/)
    const unknown = await api('/api/reach/summary?period=2020-H1&province=LA-ZZ', { token: admin })
    expect(unknown.status).toBe(400)
    expect((await api('/api/reach/export.csv?period=2020-H1', { token: partner })).status).toBe(403)
  })

  it('refuses in the admin language: Lao for a Lao request, English for an English one', async () => {
    type Refusal = { errors: { message: string }[] }
    const badPeriod = '/api/reach/summary?period=2020-Q1'
    const lao = await api<Refusal>(badPeriod, {
      token: admin,
      headers: { Cookie: 'payload-lng=lo' },
    })
    expect(lao.status).toBe(400)
    expect(lao.body.errors[0].message).toBe('"period" ຕ້ອງເປັນເຄິ່ງປີ ເຊັ່ນ 2020-H1 ຫຼື 2020-H2.')
    const english = await api<Refusal>(badPeriod, {
      token: admin,
      headers: { 'Accept-Language': 'en' },
    })
    expect(english.status).toBe(400)
    expect(english.body.errors[0].message).toBe(
      '"period" must be a half-year such as 2020-H1 or 2020-H2.',
    )
    const laoAnonymous = await api<Refusal>('/api/reach/export.csv?period=2020-H1', {
      headers: { Cookie: 'payload-lng=lo' },
    })
    expect(laoAnonymous.status).toBe(401)
    expect(laoAnonymous.body.errors[0].message).toBe(
      'ກະລຸນາເຂົ້າສູ່ລະບົບເປັນບັນນາທິການ ຫຼື ຜູ້ດູແລລະບົບ ເພື່ອເບິ່ງຕົວເລກການເຂົ້າເຖິງ.',
    )
  })
})

describe('/api/reach/export.csv', () => {
  it('downloads the same figures as a UTF-8 table a spreadsheet opens, Lao intact', async () => {
    const res = await fetch(`${server().url}/api/reach/export.csv?period=2020-H1&locale=lo`, {
      headers: { Authorization: `JWT ${admin}` },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="siang-reach-2020-H1.csv"',
    )
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parse(new TextDecoder().decode(bytes), { columns: true, bom: true }) as Record<
      string,
      string
    >[]
    const value = (match: Record<string, string>) =>
      rows.find((r) => Object.entries(match).every(([k, v]) => r[k] === v))?.value
    expect(value({ section: 'reached', province: 'counted', measure: 'total' })).toBe(
      String(people(counted)),
    )
    expect(value({ section: 'broadcasts', province: 'all', measure: 'booked' })).toBe(
      String(stations.length * 13),
    )
    expect(value({ section: 'reports', province: 'LA-CH', measure: 'status' })).toBe('draft')
    expect(rows.find((r) => r.section === 'reached' && r.province === 'LA-SV')?.title).toBe(
      'ສະຫວັນນະເຂດ',
    )
  })

  it('carries people by sex and age as the summary has them: the table, then the old bands', async () => {
    type Reached = {
      reached: {
        bySexAge: { reports: number; cells: Record<string, Record<string, number>> }
        oldBands: Record<string, number>
      }
    }
    // The current half-year's reports are tables and 2020-H1's are older: each fills its section.
    const filledIn = { [periodOf()]: 'bySexAge', '2020-H1': 'oldBands' } as const
    for (const [period, filled] of Object.entries(filledIn)) {
      const { reached } = (
        await api<Reached>(`/api/reach/summary?period=${period}`, { token: admin })
      ).body
      const res = await fetch(`${server().url}/api/reach/export.csv?period=${period}`, {
        headers: { Authorization: `JWT ${admin}` },
      })
      const rows = parse(await res.text(), { columns: true, bom: true }) as Record<string, string>[]
      const section = (name: string) =>
        rows
          .filter((r) => r.section === name)
          .map((r) => [r.group, r.measure, Number(r.value)] as const)
      const table = Object.entries(reached.bySexAge.cells).flatMap(([sex, bands]) =>
        Object.entries(bands).map(([band, n]) => [sex, band, n] as const),
      )
      expect(section('reached-by-sex-age')).toEqual([
        ['', 'reports', reached.bySexAge.reports],
        ...table,
      ])
      expect(table).toHaveLength(3 * 6)
      const old = Object.fromEntries(
        section('reached-old-bands').map(([, measure, n]) => [measure, n]),
      )
      expect(old).toEqual(reached.oldBands)
      expect(reached[filled].reports).toBeGreaterThan(0)
    }
  })
})
