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

  // Each a booking of its own: a station logs one item at one time once.
  let minute = 0
  const log = (stationId: number, user: Who, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'broadcasts',
      data: {
        item: { relationTo: 'radio-spots', value: spot.id },
        station: stationId,
        plannedAt: new Date(Date.UTC(2020, 2, 2, 1, minute++)).toISOString(),
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

describe(`reach reports (${engine})`, () => {
  type Report = { id: number; status?: string | null; submittedAt?: string | null }
  let year = 2000
  const report = (user: Who, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'reach-reports',
      data: {
        period: `${year++}-H1`,
        province: u.home.id,
        eventsHeld: 12,
        reached: { female: 60, male: 50, other: 2 },
        reachedByAge: { under15: 30, from15to24: 52, from25: 30 },
        materials: [{ type: 'radio-spots', count: 4 }],
        narrative: 'ຈັດກອງປະຊຸມ 12 ຄັ້ງ.',
        ...extra,
      } as never,
      ...as(user),
    }) as Promise<Report>

  const errorsOf = async (p: Promise<unknown>) => {
    const err = (await p.catch((e: unknown) => e)) as {
      status?: number
      data?: { errors?: { path: string; message: string }[] }
    }
    return { status: err.status, errors: err.data?.errors ?? [] }
  }

  it('take a province’s half-year figures', async () => {
    const doc = await report(u.provincial)
    expect(doc.status).toBe('draft')
  })

  it('refuse a bad period, negative or fractional numbers, and totals that do not add up, each on its field', async () => {
    const bad = await errorsOf(
      report(u.editor, {
        period: '2020-1',
        eventsHeld: -1,
        reached: { female: 10, male: 2.5, other: 0 },
        reachedByAge: { under15: 1, from15to24: 1, from25: 1 },
      }),
    )
    expect(bad.status).toBe(400)
    const byPath = Object.fromEntries(bad.errors.map((e) => [e.path, e.message]))
    expect(byPath.period).toMatch(/2020-H1/)
    expect(byPath.eventsHeld).toBeDefined()
    expect(byPath['reached.male']).toMatch(/whole number/)
    // 3 by age against 12.5 by sex: said on each age band.
    expect(byPath['reachedByAge.under15']).toMatch(/add up to 3, but people by sex to 12.5/)
    expect(Object.keys(byPath).sort()).toEqual(
      [
        'eventsHeld',
        'period',
        'reached.male',
        'reachedByAge.from15to24',
        'reachedByAge.from25',
        'reachedByAge.under15',
      ].sort(),
    )
  })

  it('take people as a table of sex by age, and work the totals out of it whatever was sent', async () => {
    const table = {
      female: {
        age0to14: 4,
        age15to19: 20,
        age20to24: 11,
        age25to30: 5,
        age31to34: 2,
        age35plus: 1,
      },
      male: { age0to14: 3, age15to19: 9, age20to24: 6 },
    }
    const doc = (await report(u.provincial, {
      reached: { female: 1, male: 1, other: 1 },
      reachedByAge: { under15: 3, from15to24: 0, from25: 0 },
      reachedBySexAge: table,
    })) as Report & Record<string, unknown>
    expect(doc.reached).toEqual({ female: 43, male: 18, other: 0 })
    expect(doc.reachedByAge).toEqual({ under15: 7, from15to24: 46, from25: 8 })

    // A change to the totals alone is worked out again from the table kept.
    const changed = (await payload.update({
      collection: 'reach-reports',
      id: doc.id,
      data: { reached: { female: 999, male: 0, other: 0 } } as never,
      ...as(u.provincial),
    })) as unknown as Record<string, unknown>
    expect(changed.reached).toEqual({ female: 43, male: 18, other: 0 })

    // One cell changed: the totals follow, the other cells stay.
    const moved = (await payload.update({
      collection: 'reach-reports',
      id: doc.id,
      data: { reachedBySexAge: { other: { age35plus: 2 } } } as never,
      ...as(u.provincial),
    })) as unknown as { reached: unknown; reachedBySexAge: { female: Record<string, number> } }
    expect(moved.reached).toEqual({ female: 43, male: 18, other: 2 })
    expect(moved.reachedBySexAge.female.age15to19).toBe(20)

    // Cleared, the table reaches no one: its totals follow it down to 0.
    const zero = Object.fromEntries(
      ['age0to14', 'age15to19', 'age20to24', 'age25to30', 'age31to34', 'age35plus'].map((f) => [
        f,
        0,
      ]),
    )
    const cleared = (await payload.update({
      collection: 'reach-reports',
      id: doc.id,
      data: { reachedBySexAge: { female: zero, male: zero, other: zero } } as never,
      ...as(u.provincial),
    })) as unknown as { reached: unknown; reachedByAge: unknown }
    expect(cleared.reached).toEqual({ female: 0, male: 0, other: 0 })
    expect(cleared.reachedByAge).toEqual({ under15: 0, from15to24: 0, from25: 0 })

    // From the table's half-year on, totals entered by hand count for nothing: the table does.
    const late = (await report(u.provincial, {
      period: '2026-H2',
      reached: { female: 60, male: 50, other: 2 },
      reachedByAge: { under15: 30, from15to24: 52, from25: 30 },
    })) as Report & Record<string, unknown>
    expect(late.reached).toEqual({ female: 0, male: 0, other: 0 })

    const bad = await errorsOf(
      report(u.provincial, { reachedBySexAge: { male: { age20to24: -4, age35plus: 1.5 } } }),
    )
    expect(bad.status).toBe(400)
    expect(bad.errors.map((e) => e.path).sort()).toEqual(
      ['reachedBySexAge.male.age20to24', 'reachedBySexAge.male.age35plus'].sort(),
    )
  })

  it('keep one report per province and period', async () => {
    const first = await report(u.editor, { period: '2020-H2', province: u.away.id })
    expect(first.id).toBeDefined()
    const second = await errorsOf(report(u.editor, { period: '2020-H2', province: u.away.id }))
    expect(second.status).toBe(400)
    expect(second.errors).toEqual([
      { path: 'period', message: expect.stringMatching(/already has a report for 2020-H2/) },
    ])
    expect(
      (
        await payload.find({
          collection: 'reach-reports',
          where: { period: { equals: '2020-H2' }, province: { equals: u.away.id } },
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('go from draft to submitted by the province, then accepted by the national level', async () => {
    const doc = await report(u.provincial)
    const update = (user: Who, data: Record<string, unknown>) =>
      payload.update({
        collection: 'reach-reports',
        id: doc.id,
        data,
        ...as(user),
      }) as Promise<Report>
    expect(await refusal(update(u.provincial, { status: 'accepted' }))).toBe(403)
    const submitted = await update(u.provincial, { status: 'submitted' })
    expect(submitted.status).toBe('submitted')
    expect(submitted.submittedAt).toBeTruthy()
    // Submitted: the province can no longer change it.
    expect(await refusal(update(u.provincial, { eventsHeld: 13 }))).toBe(403)
    const accepted = await update(u.editor, { status: 'accepted' })
    expect(accepted.status).toBe('accepted')
    // The national level can return it to the province as a draft.
    expect((await update(u.admin, { status: 'draft' })).status).toBe('draft')
    expect((await update(u.provincial, { eventsHeld: 13 })).status).toBe('draft')
  })

  it('accept only what was submitted', async () => {
    const doc = await report(u.editor)
    expect(
      await refusal(
        payload.update({
          collection: 'reach-reports',
          id: doc.id,
          data: { status: 'accepted' },
          ...as(u.editor),
        }),
      ),
    ).toBe(403)
  })

  it("show a provincial editor its own provinces' reports only, and staff all; partners none", async () => {
    const theirs = await report(u.editor, { province: u.away.id })
    const seen = await payload.find({ collection: 'reach-reports', limit: 0, ...as(u.provincial) })
    expect(seen.docs.length).toBeGreaterThan(0)
    expect(seen.docs.map((d) => d.id)).not.toContain(theirs.id)
    expect(await refusal(report(u.provincial, { province: u.away.id }))).toBe(403)
    const all = await payload.find({ collection: 'reach-reports', limit: 0, ...as(u.reviewer) })
    expect(all.docs.map((d) => d.id)).toContain(theirs.id)
    expect(await refusal(payload.find({ collection: 'reach-reports', ...as(u.partner) }))).toBe(403)
    expect(await refusal(payload.find({ collection: 'reach-reports', ...as(undefined) }))).toBe(403)
  })
})
