import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { bootPayload, engine } from '../helpers/payload'
import { createRoleUsers, type RoleUsers } from '../helpers/users'

let payload: Payload
let u: RoleUsers

beforeAll(async () => {
  payload = await bootPayload()
  u = await createRoleUsers(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

type Who = RoleUsers['admin'] | undefined
const as = (user: Who) =>
  ({ overrideAccess: false, user }) as { overrideAccess: false; user: never }

let n = 0
const station = (province: number | string, user: Who, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'stations',
    data: {
      name: `Station ${n++}`,
      kind: 'radio',
      province,
      frequency: 'FM 103.7',
      ...extra,
    } as never,
    ...as(user),
  })

/** The status a refused Local API call fails with. */
async function refusal(p: Promise<unknown>): Promise<number> {
  try {
    await p
  } catch (err) {
    return (err as { status?: number }).status ?? -1
  }
  return 0
}

describe(`stations (${engine})`, () => {
  it('are kept by national editors and admins in any province', async () => {
    for (const who of [u.admin, u.editor]) {
      const doc = await station(u.away.id, who)
      expect(doc.kind).toBe('radio')
      const moved = await payload.update({
        collection: 'stations',
        id: doc.id,
        data: { province: u.home.id, kind: 'tv', frequency: 'Channel 9' },
        ...as(who),
      })
      expect(moved.frequency).toBe('Channel 9')
      await payload.delete({ collection: 'stations', id: doc.id, ...as(who) })
    }
  })

  it("let a provincial editor keep its own province's stations, and only those", async () => {
    const own = await station(u.home.id, u.provincial)
    expect(own.name).toMatch(/^Station/)
    const renamed = await payload.update({
      collection: 'stations',
      id: own.id,
      data: { name: 'Savannakhet FM' },
      ...as(u.provincial),
    })
    expect(renamed.name).toBe('Savannakhet FM')

    // Not in another province, not by moving its own there, not another province's station.
    expect(await refusal(station(u.away.id, u.provincial))).toBe(403)
    expect(
      await refusal(
        payload.update({
          collection: 'stations',
          id: own.id,
          data: { province: u.away.id },
          ...as(u.provincial),
        }),
      ),
    ).toBe(403)
    const elsewhere = await station(u.away.id, u.editor)
    expect(
      await refusal(
        payload.update({
          collection: 'stations',
          id: elsewhere.id,
          data: { name: 'x' },
          ...as(u.provincial),
        }),
      ),
    ).toBe(403)
    expect(
      await refusal(
        payload.delete({ collection: 'stations', id: elsewhere.id, ...as(u.provincial) }),
      ),
    ).toBe(403)
    const still = await payload.findByID({
      collection: 'stations',
      id: elsewhere.id,
      ...as(u.editor),
    })
    expect(still.name).toBe(elsewhere.name)
    expect(
      (await payload.findByID({ collection: 'stations', id: own.id, ...as(u.admin) })).province,
    ).toMatchObject({
      id: u.home.id,
    })
  })

  it('are seen by staff only: not by partners or the public', async () => {
    await station(u.home.id, u.editor, { contact: { person: 'Ms. Phet', phone: '020 555 1234' } })
    const staffView = await payload.find({ collection: 'stations', ...as(u.reviewer) })
    expect(staffView.totalDocs).toBeGreaterThan(0)
    expect(await refusal(payload.find({ collection: 'stations', ...as(u.partner) }))).toBe(403)
    expect(await refusal(payload.find({ collection: 'stations', ...as(undefined) }))).toBe(403)
  })

  it('refuse a station without a name, a kind or a province, with a message per field', async () => {
    const err = (await payload
      .create({ collection: 'stations', data: {} as never, ...as(u.editor) })
      .catch((e: unknown) => e)) as { status?: number; data?: { errors?: { path: string }[] } }
    expect(err.status).toBe(400)
    expect(err.data?.errors?.map((e) => e.path).sort()).toEqual(['kind', 'name', 'province'])
  })
})

describe(`broadcasts (${engine})`, () => {
  let spot: { id: number }
  let home: { id: number }
  let away: { id: number }

  beforeAll(async () => {
    spot = await payload.create({
      collection: 'radio-spots',
      data: { title: 'Ask three questions', _status: 'published' } as never,
    })
    home = await station(u.home.id, u.editor)
    away = await station(u.away.id, u.editor)
  })

  const log = (stationId: number, user: Who, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'broadcasts',
      data: {
        item: { relationTo: 'radio-spots', value: spot.id },
        station: stationId,
        plannedAt: '2020-03-02T01:00:00.000Z',
        ...extra,
      } as never,
      ...as(user),
    })

  it('log a planned airing, then what happened to it', async () => {
    const planned = await log(home.id, u.editor)
    expect(planned.status).toBe('planned')
    const aired = await payload.update({
      collection: 'broadcasts',
      id: planned.id,
      data: { status: 'aired', airedAt: '2020-03-02T01:02:00.000Z' },
      ...as(u.editor),
    })
    expect(aired.status).toBe('aired')
    expect(aired.airedAt).toBe('2020-03-02T01:02:00.000Z')
  })

  it('need the aired time for an aired or moved broadcast, and refuse one for a planned or missed', async () => {
    for (const [extra, path] of [
      [{ status: 'aired' }, 'airedAt'],
      [{ status: 'moved' }, 'airedAt'],
      [{ status: 'missed', airedAt: '2020-03-02T01:02:00.000Z' }, 'airedAt'],
    ] as const) {
      const err = (await log(home.id, u.editor, extra).catch((e: unknown) => e)) as {
        status?: number
        data?: { errors?: { path: string; message: string }[] }
      }
      expect(err.status).toBe(400)
      expect(err.data?.errors?.map((e) => e.path)).toEqual([path])
      expect(err.data?.errors?.[0].message).toMatch(/aired/)
    }
  })

  it("let a provincial editor log only for its own province's stations", async () => {
    const own = await log(home.id, u.provincial)
    const updated = await payload.update({
      collection: 'broadcasts',
      id: own.id,
      data: { status: 'missed', note: 'Power cut' },
      ...as(u.provincial),
    })
    expect(updated.note).toBe('Power cut')
    expect(await refusal(log(away.id, u.provincial))).toBe(403)
    expect(
      await refusal(
        payload.update({
          collection: 'broadcasts',
          id: own.id,
          data: { station: away.id },
          ...as(u.provincial),
        }),
      ),
    ).toBe(403)
    const theirs = await log(away.id, u.editor)
    expect(
      await refusal(
        payload.update({
          collection: 'broadcasts',
          id: theirs.id,
          data: { note: 'x' },
          ...as(u.provincial),
        }),
      ),
    ).toBe(403)
    expect(
      await refusal(
        payload.delete({ collection: 'broadcasts', id: theirs.id, ...as(u.provincial) }),
      ),
    ).toBe(403)
    expect(
      (await payload.findByID({ collection: 'broadcasts', id: theirs.id, ...as(u.admin) })).note,
    ).toBeFalsy()
  })

  it('are seen by staff only', async () => {
    expect(
      (await payload.find({ collection: 'broadcasts', ...as(u.reviewer) })).totalDocs,
    ).toBeGreaterThan(0)
    expect(await refusal(payload.find({ collection: 'broadcasts', ...as(u.partner) }))).toBe(403)
    expect(await refusal(payload.find({ collection: 'broadcasts', ...as(undefined) }))).toBe(403)
  })
})
