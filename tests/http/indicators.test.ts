/**
 * The monitoring plan against a hand-made half-year (2018-H2, which nothing else here touches):
 * each computed indicator against what its fixture adds up to by hand, % of target and status at
 * the thresholds, hand-entered actuals, the scoping of provinces, and who may write targets.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, api, staffLogin } from '../helpers/http'

const PERIOD = '2018-H2'
const run = Date.now()
let admin: string
let provincial: string
const province: Record<string, number> = {}
const indicator: Record<string, number> = {}

type Row = {
  slug: string
  unit: string
  baseline: number | null
  target: number | null
  actual: number | null
  percentOfTarget: number | null
  status: string | null
}
type Report = {
  period: string
  scope: { national: boolean; province: string | null; provinces: string[] }
  reports: { counted: number; expected: number }
  due: number
  indicators: Row[]
}
type Errors = { errors: { message: string; data?: { errors?: { message: string }[] } }[] }

const slug = (name: string) => `${name}-${run}`

async function post<T = { doc: { id: number } }>(path: string, body: unknown, token = admin) {
  return api<T & Errors>(path, { method: 'POST', token, body })
}

async function made(path: string, body: unknown): Promise<number> {
  const res = await post(path, body)
  expect([path, res.status]).toEqual([path, 201])
  return res.body.doc.id
}

/** The plan's rows for this file's indicators, by their name without the run. */
async function plan(query: string, token = admin): Promise<Record<string, Row> & { _: Report }> {
  const res = await api<Report>(`/api/reach/indicators?period=${PERIOD}${query}`, { token })
  expect(res.status).toBe(200)
  const rows = Object.fromEntries(
    res.body.indicators
      .filter((r) => r.slug.endsWith(`-${run}`))
      .map((r) => [r.slug.replace(`-${run}`, ''), r]),
  )
  return Object.assign(rows, { _: res.body })
}

beforeAll(async () => {
  admin = await adminLogin()
  for (const code of ['LA-SV', 'LA-LP'])
    province[code] = (
      await api<{ docs: { id: number }[] }>(`/api/provinces?where[code][equals]=${code}`)
    ).body.docs[0].id
  provincial = await staffLogin(admin, 'provincial-editor', `plan-${run}`, {
    provinces: [province['LA-SV']],
  })

  // Savannakhet's report is submitted, so it counts; Luang Prabang's is a draft, so it does not.
  await made('/api/reach-reports', {
    period: PERIOD,
    province: province['LA-SV'],
    status: 'submitted',
    eventsHeld: 4,
    reached: { female: 30, male: 20, other: 0 },
    reachedByAge: { under15: 10, from15to24: 30, from25: 10 },
    materials: [
      { type: 'print', count: 500 },
      { type: 'songs', count: 20 },
    ],
  })
  await made('/api/reach-reports', {
    period: PERIOD,
    province: province['LA-LP'],
    status: 'draft',
    eventsHeld: 9,
    reached: { female: 10, male: 10, other: 0 },
    reachedByAge: { under15: 5, from15to24: 10, from25: 5 },
  })
  // A station in Savannakhet: 3 aired, 1 moved, 1 missed, 1 not logged yet.
  const station = await made('/api/stations', {
    name: `Plan FM ${run}`,
    kind: 'radio',
    province: province['LA-SV'],
  })
  const song = (await api<{ docs: { id: number }[] }>('/api/songs?limit=1', { token: admin })).body
    .docs[0].id
  const statuses = ['aired', 'aired', 'aired', 'moved', 'missed', 'planned']
  for (const [i, status] of statuses.entries()) {
    const plannedAt = `2018-08-${String(i + 1).padStart(2, '0')}T01:00:00.000Z`
    await made('/api/broadcasts', {
      station,
      item: { relationTo: 'songs', value: song },
      plannedAt,
      status,
      ...(status === 'aired' || status === 'moved' ? { airedAt: plannedAt } : {}),
    })
  }

  const plan: [string, string, Record<string, unknown>][] = [
    ['people', 'people-reached', {}],
    ['events', 'events-held', {}],
    ['aired', 'broadcasts-aired', {}],
    ['delivery', 'delivery-rate', {}],
    ['materials', 'materials-distributed', {}],
    ['views', 'views', {}],
    ['knowledge', 'quiz-score', {}],
    ['trained', 'manual', { unit: 'people' }],
    ['complaints', 'manual', { unit: 'events', direction: 'lower' }],
  ]
  for (const [name, source, more] of plan)
    indicator[name] = await made('/api/indicators', {
      name: `ຕົວຊີ້ວັດ ${name} ${run}`,
      slug: slug(name),
      source,
      ...more,
    })
  const target = (name: string, where: number | null, body: Record<string, unknown>) =>
    made('/api/targets', {
      indicator: indicator[name],
      province: where,
      period: PERIOD,
      ...body,
    })
  await target('people', null, { baseline: 20, target: 50 })
  await target('events', null, { target: 5 })
  await target('aired', null, { target: 8 })
  await target('delivery', null, { target: 90 })
  await target('views', null, { target: 100 })
  await target('trained', null, { target: 40, actual: 30 })
  await target('complaints', null, { target: 10, actual: 12 })
  await target('people', province['LA-SV'], { target: 40 })
  await target('views', province['LA-SV'], { target: 10 })
  await target('people', province['LA-LP'], { target: 15 })
}, 120_000)

describe('/api/reach/indicators', () => {
  it('works each computed actual out of the half-year’s own figures, nationally', async () => {
    const rows = await plan('')
    expect(rows._.scope).toMatchObject({ national: true, province: null })
    // The half-year is over: everything was due.
    expect(rows._.due).toBe(1)
    // Only the submitted report counts: 30 + 20 people, 4 events, 500 + 20 materials.
    expect(rows.people).toMatchObject({ unit: 'people', baseline: 20, target: 50, actual: 50 })
    expect(rows.events.actual).toBe(4)
    expect(rows.materials).toMatchObject({ unit: 'items', actual: 520, target: null })
    // Aired and moved went out; of the 5 with an outcome, 4: 80%.
    expect(rows.aired).toMatchObject({ unit: 'broadcasts', actual: 4 })
    expect(rows.delivery).toMatchObject({ unit: 'percent', actual: 80 })
    expect(rows.views.actual).toBe(0)
    // No quiz was answered in 2018.
    expect(rows.knowledge).toMatchObject({ unit: 'percent', actual: null, status: null })
    expect(rows.trained.actual).toBe(30)
  })

  it('gives % of target and a status at the thresholds (90% on track, 70% at risk)', async () => {
    const rows = await plan('')
    const of = (name: string) => [rows[name].percentOfTarget, rows[name].status]
    expect(of('people')).toEqual([100, 'on-track'])
    expect(of('events')).toEqual([80, 'at-risk'])
    expect(of('aired')).toEqual([50, 'off-track'])
    expect(of('delivery')).toEqual([88.9, 'at-risk'])
    expect(of('views')).toEqual([0, 'off-track'])
    expect(of('trained')).toEqual([75, 'at-risk'])
    // Lower is better: 12 complaints against 10 allowed.
    expect(of('complaints')).toEqual([83.3, 'at-risk'])
    expect(of('materials')).toEqual([null, null])

    // The thresholds are the settings': with 75% on track, 75% of target is on track.
    const set = (indicatorStatus: Record<string, number>) =>
      api('/api/globals/site-settings', { method: 'POST', token: admin, body: { indicatorStatus } })
    expect((await set({ onTrack: 75, atRisk: 50 })).status).toBe(200)
    try {
      const again = await plan('')
      expect([again.trained.status, again.aired.status]).toEqual(['on-track', 'at-risk'])
    } finally {
      expect((await set({ onTrack: 90, atRisk: 70 })).status).toBe(200)
    }
    const refused = await set({ onTrack: 50, atRisk: 60 })
    expect(refused.status).toBe(400)
  })

  it('gives one province its own targets and actuals; the counters have none by place', async () => {
    const rows = await plan('&province=LA-SV')
    expect(rows._.scope).toMatchObject({ national: false, province: 'LA-SV' })
    expect(rows.people).toMatchObject({ target: 40, actual: 50, percentOfTarget: 125 })
    expect(rows.people.status).toBe('on-track')
    expect(rows.views).toMatchObject({ target: 10, actual: null, status: null })
    // The national rows are not Savannakhet's.
    expect(rows.trained).toMatchObject({ target: null, actual: null })
    const lp = await plan('&province=LA-LP')
    // A draft report counts for no one: until a report is in, there is no actual, not 0.
    expect(lp.people).toMatchObject({ target: 15, actual: null, status: null })
    expect(lp._.reports).toEqual({ counted: 0, expected: 1 })
    expect(rows._.reports).toEqual({ counted: 1, expected: 1 })
  })

  it('keeps a provincial editor to its own provinces, and refuses the rest', async () => {
    const own = await plan('', provincial)
    expect(own._.scope.provinces).toEqual(['LA-SV'])
    expect(own.people).toMatchObject({ target: 40, actual: 50 })
    const other = await api(`/api/reach/indicators?period=${PERIOD}&province=LA-LP`, {
      token: provincial,
    })
    expect(other.status).toBe(403)
    expect((await api(`/api/reach/indicators?period=${PERIOD}`)).status).toBe(401)
    expect((await api('/api/reach/indicators?period=2018-H3', { token: admin })).status).toBe(400)
  })
})

describe('/api/reach/indicators/provinces', () => {
  type ByProvince = {
    period: string
    due: number
    provinces: { code: string; title: string; report: string; indicators: Row[] }[]
  }
  const ours = (rows: Row[]) => rows.filter((r) => r.slug.endsWith(`-${run}`))

  it('gives every province the same figures as asking for it alone, from one roll-up', async () => {
    const res = await api<ByProvince>(`/api/reach/indicators/provinces?period=${PERIOD}`, {
      token: admin,
    })
    expect(res.status).toBe(200)
    expect(res.body.provinces).toHaveLength(18)
    for (const code of ['LA-SV', 'LA-LP', 'LA-VT']) {
      const alone = await plan(`&province=${code}`)
      const row = res.body.provinces.find((p) => p.code === code)!
      expect({ code, rows: ours(row.indicators) }).toEqual({
        code,
        rows: ours(alone._.indicators),
      })
    }
    const sv = res.body.provinces.find((p) => p.code === 'LA-SV')!
    expect(sv.report).toBe('submitted')
    expect(ours(sv.indicators).find((r) => r.slug === slug('people'))).toMatchObject({
      target: 40,
      actual: 50,
      status: 'on-track',
    })
  })

  it('keeps a provincial editor to its own provinces, and refuses the rest', async () => {
    const own = await api<ByProvince>(`/api/reach/indicators/provinces?period=${PERIOD}`, {
      token: provincial,
    })
    expect(own.body.provinces.map((p) => p.code)).toEqual(['LA-SV'])
    const other = await api(`/api/reach/indicators/provinces?period=${PERIOD}&province=LA-LP`, {
      token: provincial,
    })
    expect(other.status).toBe(403)
    expect((await api(`/api/reach/indicators/provinces?period=${PERIOD}`)).status).toBe(401)
  })
})

describe('the demo plan', () => {
  it('has eight indicators with targets for 2020-H1, nationally and by province', async () => {
    const res = await api<Report>('/api/reach/indicators?period=2020-H1&locale=en', {
      token: admin,
    })
    const demo = res.body.indicators.filter((r) => !r.slug.endsWith(`-${run}`))
    expect(demo.map((r) => r.slug)).toEqual([
      'people-reached',
      'events-held',
      'broadcasts-aired',
      'delivery-rate',
      'materials-distributed',
      'quiz-knowledge',
      'online-views',
      'volunteers-trained',
    ])
    expect(demo.every((r) => r.target !== null)).toBe(true)
    // The capital reported well over its share; the country as a whole, with most provinces'
    // reports missing, did not.
    const vt = await api<Report>('/api/reach/indicators?period=2020-H1&province=LA-VT', {
      token: admin,
    })
    const people = (r: Report) => r.indicators.find((i) => i.slug === 'people-reached')!
    expect(people(vt.body).status).toBe('on-track')
    expect(people(res.body).status).toBe('off-track')
    const trained = demo.find((r) => r.slug === 'volunteers-trained')!
    expect(trained).toMatchObject({ target: 540, actual: 497, status: 'on-track' })
  })
})

describe('targets', () => {
  type Target = {
    id: number
    target: number
    actual?: number | null
    proposedTarget?: number | null
    proposalNote?: string | null
    proposedBy?: number | null
    province?: number | null
  }
  const targetsOf = async (token: string, name: string) =>
    (
      await api<{ docs: Target[] }>(
        `/api/targets?depth=0&limit=50&where[indicator][equals]=${indicator[name]}`,
        { token },
      )
    ).body.docs

  it('are set by national editors; a provincial editor sees its own, enters actuals and proposes', async () => {
    const mine = await targetsOf(provincial, 'people')
    expect(mine.map((t) => t.province)).toEqual([province['LA-SV']])
    // Not one of the plan's own fields: a changed target is ignored, a proposal is taken.
    const res = await api<{ doc: Target }>(`/api/targets/${mine[0].id}`, {
      method: 'PATCH',
      token: provincial,
      body: { target: 1, proposedTarget: 60, proposalNote: 'ເພີ່ມເມືອງ', proposedBy: 1 },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ target: 40, proposedTarget: 60 })
    // People reached are worked out by Siang: an actual entered by hand is refused, with why.
    const byHand = await api<Errors>(`/api/targets/${mine[0].id}`, {
      method: 'PATCH',
      token: provincial,
      body: { actual: 7 },
    })
    expect(byHand.status).toBe(400)
    expect(JSON.stringify(byHand.body)).toContain('works this indicator out from its own figures')
    // Who proposed is the provincial editor itself, whatever it said.
    const me = await api<{ user: { id: number } }>('/api/users/me', { token: provincial })
    const read = await api<Target>(`/api/targets/${mine[0].id}?depth=0`, { token: admin })
    expect(read.body.proposedBy).toBe(me.body.user.id)
    // Another province's target is not there for it, and no new one can be made.
    const lp = (await targetsOf(admin, 'people')).find((t) => t.province === province['LA-LP'])!
    const other = await api(`/api/targets/${lp.id}`, {
      method: 'PATCH',
      token: provincial,
      body: { proposedTarget: 1 },
    })
    expect(other.status).toBe(403)
    expect(
      (await targetsOf(admin, 'people')).find((t) => t.id === lp.id)?.proposedTarget ?? null,
    ).toBeNull()
    const create = await post(
      '/api/targets',
      { indicator: indicator.events, province: province['LA-SV'], period: PERIOD, target: 1 },
      provincial,
    )
    expect(create.status).toBe(403)

    // A national editor accepts: the proposal becomes the target, and is cleared.
    const accepted = await api<{ doc: Target }>(`/api/targets/${mine[0].id}`, {
      method: 'PATCH',
      token: admin,
      body: { acceptProposal: true },
    })
    expect(accepted.status).toBe(200)
    expect(accepted.body.doc).toMatchObject({
      target: 60,
      proposedTarget: null,
      proposalNote: null,
      proposedBy: null,
    })

    // Proposed again and turned down: no proposer or note is left behind.
    await api(`/api/targets/${mine[0].id}`, {
      method: 'PATCH',
      token: provincial,
      body: { proposedTarget: 80, proposalNote: 'ອີກເທື່ອໜຶ່ງ' },
    })
    const refused = await api<{ doc: Target }>(`/api/targets/${mine[0].id}`, {
      method: 'PATCH',
      token: admin,
      body: { proposedTarget: null },
    })
    expect(refused.body.doc).toMatchObject({
      target: 60,
      proposedTarget: null,
      proposalNote: null,
      proposedBy: null,
    })
  })

  it('keep every change with who made it; a provincial editor reads its own provinces’ only', async () => {
    type Version = {
      parent: number
      version: { target: number; changedBy: number | null; province: number | null }
    }
    const me = await api<{ user: { id: number } }>('/api/users/me', { token: provincial })
    const [sv] = await targetsOf(provincial, 'people')
    const history = await api<{ docs: Version[] }>(
      `/api/targets/versions?depth=0&limit=50&sort=createdAt&where[parent][equals]=${sv.id}`,
      { token: admin },
    )
    expect(history.status).toBe(200)
    const by = history.body.docs.map((v) => v.version.changedBy)
    // The provincial editor's proposals and the admin's acceptance and refusal, each by name.
    expect(by).toContain(me.body.user.id)
    expect(new Set(by).size).toBeGreaterThanOrEqual(2)
    // Siang writes who changed it: a forged one is ignored.
    const forged = await api<{ doc: { changedBy: number } }>(`/api/targets/${sv.id}?depth=0`, {
      method: 'PATCH',
      token: provincial,
      body: { proposalNote: 'ທົດລອງ', changedBy: 1 },
    })
    expect(forged.body.doc.changedBy).toBe(me.body.user.id)
    const lp = (await targetsOf(admin, 'people')).find((t) => t.province === province['LA-LP'])!
    const others = await api<{ docs: Version[] }>(
      `/api/targets/versions?depth=0&where[parent][equals]=${lp.id}`,
      { token: provincial },
    )
    expect(others.body.docs ?? []).toEqual([])
    // Nor through GraphQL's door.
    const gql = await api<{ data?: { versionsTargets?: { docs: { parent: { id: number } }[] } } }>(
      '/api/graphql',
      {
        method: 'POST',
        token: provincial,
        body: {
          query: `{ versionsTargets(where: { parent: { equals: ${lp.id} } }) { docs { parent { id } } } }`,
        },
      },
    )
    expect(gql.status).toBe(200)
    expect(gql.body.data?.versionsTargets?.docs).toEqual([])
    const gqlAdmin = await api<{ data?: { versionsTargets?: { docs: unknown[] } } }>(
      '/api/graphql',
      {
        method: 'POST',
        token: admin,
        body: {
          query: `{ versionsTargets(where: { parent: { equals: ${lp.id} } }) { docs { id } } }`,
        },
      },
    )
    expect(gqlAdmin.body.data?.versionsTargets?.docs.length).toBeGreaterThan(0)
    const own = await api<{ docs: Version[] }>(`/api/targets/versions?depth=0&limit=100`, {
      token: provincial,
    })
    expect(own.body.docs.length).toBeGreaterThan(0)
    for (const v of own.body.docs) expect(v.version.province).toBe(province['LA-SV'])
    // Indicators keep theirs too, for all staff to read.
    const indicatorHistory = await api<{ totalDocs: number }>(
      `/api/indicators/versions?depth=0&where[parent][equals]=${indicator.people}`,
      { token: provincial },
    )
    expect(indicatorHistory.status).toBe(200)
    expect(indicatorHistory.body.totalDocs).toBeGreaterThan(0)
  })

  it('are brought back to an earlier version by national editors only, never as a draft', async () => {
    // A hand-counted indicator with an actual, which then becomes computed: the actual held from
    // before blocks nothing, though a new one would be refused.
    const switched = await made('/api/indicators', {
      name: `ຕົວຊີ້ວັດ switch ${run}`,
      slug: slug('switch'),
      source: 'manual',
      unit: 'people',
    })
    const id = await made('/api/targets', {
      indicator: switched,
      province: province['LA-SV'],
      period: PERIOD,
      target: 10,
      actual: 5,
    })
    const editor = await staffLogin(admin, 'editor', `plan-${run}`)
    const editorId = (await api<{ user: { id: number } }>('/api/users/me', { token: editor })).body
      .user.id
    const patch = (token: string, path: string, body: unknown) =>
      api<{ doc: Record<string, unknown> }>(path, { method: 'PATCH', token, body })
    expect(
      (await patch(editor, `/api/indicators/${switched}`, { source: 'events-held' })).status,
    ).toBe(200)
    expect((await patch(provincial, `/api/targets/${id}`, { proposedTarget: 9 })).status).toBe(200)
    expect((await patch(provincial, `/api/targets/${id}`, { actual: 6 })).status).toBe(400)
    expect((await patch(editor, `/api/targets/${id}`, { target: 12 })).status).toBe(200)

    const versions = await api<{ docs: { id: number; version: { target: number } }[] }>(
      `/api/targets/versions?depth=0&sort=id&where[parent][equals]=${id}`,
      { token: admin },
    )
    const first = versions.body.docs.find((v) => v.version.target === 10)!
    const restore = (token: string, query = '') =>
      api(`/api/targets/versions/${first.id}${query}`, { method: 'POST', token })
    expect((await restore(provincial)).status).toBe(403)
    expect((await restore(admin, '?draft=true')).status).toBe(403)
    expect((await restore(admin)).status).toBe(200)
    const now = await api<{ target: number; proposedTarget: number | null }>(
      `/api/targets/${id}?depth=0`,
      { token: admin },
    )
    // The plan is as it was; today's proposal stays the provincial editor's.
    expect(now.body).toMatchObject({ target: 10, proposedTarget: 9 })

    // A user who changed the plan can still be removed; the plan keeps no dangling name.
    expect((await api(`/api/users/${editorId}`, { method: 'DELETE', token: admin })).status).toBe(
      200,
    )
    const left = await api<{ changedBy: number | null }>(`/api/indicators/${switched}?depth=0`, {
      token: admin,
    })
    expect(left.body.changedBy ?? null).toBeNull()
  })

  it('refuses a second target for the same indicator, place and half-year, national ones too', async () => {
    for (const where of [null, province['LA-SV']]) {
      const again = await post('/api/targets', {
        indicator: indicator.people,
        province: where,
        period: PERIOD,
        target: 1,
      })
      expect(again.status).toBe(400)
      expect(JSON.stringify(again.body)).toContain('already has a target')
    }
  })

  it('go with their indicator when it is taken out of the plan', async () => {
    const gone = await made('/api/indicators', {
      name: `ອອກ ${run}`,
      slug: slug('dropped'),
      source: 'manual',
    })
    await made('/api/targets', { indicator: gone, province: null, period: PERIOD, target: 3 })
    const res = await api(`/api/indicators/${gone}`, { method: 'DELETE', token: admin })
    expect(res.status).toBe(200)
    const left = await api<{ totalDocs: number }>(`/api/targets?where[indicator][equals]=${gone}`, {
      token: admin,
    })
    expect(left.body.totalDocs).toBe(0)
  })

  it('refuses a breakdown the source cannot give', async () => {
    const res = await post('/api/indicators', {
      name: `ແບບ ${run}`,
      slug: slug('views-by-province'),
      source: 'views',
      disaggregations: ['province'],
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('Province')
  })
})
