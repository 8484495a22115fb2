/**
 * Class: writes that are all or nothing, and bookings logged once. A broadcast is one booking
 * of a station, item and time: a second one is refused, and two imports of the same log at the
 * same moment still log each booking once (the unique slot behind the import's idempotence).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, api, server } from '../helpers/http'

let admin: string
let station: { id: number; name: string }
let song: { id: number; slug: string }
const run = Date.now()

beforeAll(async () => {
  admin = await adminLogin()
  const province = (
    await api<{ docs: { id: number }[] }>('/api/provinces?where[code][equals]=LA-SV')
  ).body.docs[0]
  const made = await api<{ doc: { id: number; name: string } }>('/api/stations', {
    method: 'POST',
    token: admin,
    body: { name: `Atomic FM ${run}`, kind: 'radio', province: province.id },
  })
  station = made.body.doc
  song = (
    await api<{ docs: { id: number; slug: string }[] }>('/api/songs?limit=1', { token: admin })
  ).body.docs[0]
})

const logged = async () =>
  (
    await api<{ totalDocs: number }>(
      `/api/broadcasts?limit=1&where[station][equals]=${station.id}`,
      {
        token: admin,
      },
    )
  ).body.totalDocs

describe('a booking is logged once', () => {
  it('refuses a second broadcast of the same station, item and time, naming the time', async () => {
    const body = {
      station: station.id,
      item: { relationTo: 'songs', value: song.id },
      plannedAt: '2026-05-01T01:00:00.000Z',
      status: 'planned',
    }
    expect((await api('/api/broadcasts', { method: 'POST', token: admin, body })).status).toBe(201)
    const again = await api<{
      errors: { data?: { errors?: { path: string; message: string }[] } }[]
    }>('/api/broadcasts', { method: 'POST', token: admin, body })
    expect(again.status).toBe(400)
    expect(again.body.errors[0].data?.errors?.[0]).toMatchObject({
      path: 'plannedAt',
      message: expect.stringMatching(/already has this item logged/),
    })
    expect(await logged()).toBe(1)
  })

  it('logs each booking once when the same log is imported twice at the same moment', async () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) =>
        `${station.name},2026-06-${String(1 + (i % 28)).padStart(2, '0')},${String(6 + Math.floor(i / 28)).padStart(2, '0')}:00,song,${song.slug},planned,,`,
    )
    const csv = ['station,date,time,type,item,status,aired_at,note', ...rows].join('\n')
    const commit = () =>
      fetch(`${server().url}/api/broadcasts/import?commit=true`, {
        method: 'POST',
        headers: { Authorization: `JWT ${admin}`, 'Content-Type': 'text/csv' },
        body: csv,
      })
    const answers = await Promise.all([commit(), commit()])
    const statuses = answers.map((r) => r.status).sort()
    // One creates them all; the other finds them logged, or is refused whole for a clash.
    expect(statuses[1]).toBe(201)
    expect([200, 400]).toContain(statuses[0])
    expect(await logged()).toBe(1 + rows.length)
    const third = await commit()
    expect(third.status).toBe(200)
    expect(await logged()).toBe(1 + rows.length)
  })
})
