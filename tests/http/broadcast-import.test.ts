import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, api, partnerLogin, server } from '../helpers/http'

type Doc = { id: number | string }
type Answer = {
  dryRun?: boolean
  created?: number
  updated?: number
  unchanged?: number
  rejected?: number
  rows?: { line: number; action: string }[]
  errors?: { line?: number; message: string }[]
  message?: string
}

const run = Date.now()
const stationName = `Import Test Radio ${run}`
const spot = `import-spot-${run}`
let admin: string
let partner: string
let station: Doc

const good = [
  'station,date,time,type,item,status,aired_at,note',
  `${stationName},2026-06-01,07:30,radio-spot,${spot},aired,07:31,"two`,
  'lines"',
]
const bad = [...good, `${stationName},2026-06-01,25:00,radio-spot,${spot},,,`]
const csv = (lines: string[]) => lines.join('\n') + '\n'

/** Posts a body to the import endpoint. */
async function send(
  body: BodyInit,
  {
    token,
    commit = false,
    headers = {},
  }: { token?: string; commit?: boolean; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Answer }> {
  const res = await fetch(`${server().url}/api/broadcasts/import${commit ? '?commit=true' : ''}`, {
    method: 'POST',
    headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...headers },
    body,
  })
  return { status: res.status, body: (await res.json()) as Answer }
}
const asCsv = (lines: string[], options: { token?: string; commit?: boolean } = {}) =>
  send(csv(lines), { ...options, headers: { 'Content-Type': 'text/csv' } })

const logged = async () =>
  (
    await api<{ totalDocs: number }>(`/api/broadcasts?where[station][equals]=${station.id}`, {
      token: admin,
    })
  ).body.totalDocs

beforeAll(async () => {
  admin = await adminLogin()
  const province = await api<{ docs: Doc[] }>('/api/provinces?where[code][equals]=LA-SV')
  const made = await api<{ doc: Doc }>('/api/stations', {
    method: 'POST',
    token: admin,
    body: { name: stationName, kind: 'radio', province: province.body.docs[0].id },
  })
  expect(made.status).toBe(201)
  station = made.body.doc
  const item = await api('/api/radio-spots', {
    method: 'POST',
    token: admin,
    body: { title: 'Import test spot', slug: spot, _status: 'published' },
  })
  expect(item.status).toBe(201)
  partner = await partnerLogin(admin, `import-${run}`)
}, 60_000)

describe('POST /api/broadcasts/import', () => {
  it('answers 401 to an anonymous caller and 403 to a partner', async () => {
    const anonymous = await asCsv(good)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors?.[0].message).toMatch(/Sign in/)
    expect((await asCsv(good, { token: partner })).status).toBe(403)
    expect(await logged()).toBe(0)
  })

  it('dry-runs a text/csv body: 200, the plan and the rejected line, nothing written', async () => {
    const res = await asCsv(bad, { token: admin })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ dryRun: true, created: 1, rejected: 1 })
    expect(res.body.rows).toEqual([expect.objectContaining({ line: 2, action: 'create' })])
    expect(res.body.errors).toEqual([{ line: 4, message: expect.stringContaining('"25:00"') }])
    expect(await logged()).toBe(0)
  })

  it('takes the file as the multipart field "file", with messages in the admin language', async () => {
    const form = new FormData()
    form.append('file', new Blob([csv(bad)], { type: 'text/csv' }), 'log.csv')
    const res = await send(form, { token: admin, headers: { Cookie: 'payload-lng=lo' } })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ dryRun: true, created: 1, rejected: 1 })
    expect(res.body.errors?.[0].message).toBe(
      '"25:00" ບໍ່ແມ່ນເວລາ: ຂຽນເປັນ HH:MM ຕາມເວລາລາວ, ເຊັ່ນ 07:30.',
    )
  })

  it('refuses a commit with a rejected row with 400, writing nothing', async () => {
    const res = await asCsv(bad, { token: admin, commit: true })
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ dryRun: false, created: 0, rejected: 1 })
    expect(res.body.errors?.[0].line).toBe(4)
    expect(await logged()).toBe(0)
  })

  it('commits with 201, and the same file again with 200 and nothing new', async () => {
    const first = await asCsv(good, { token: admin, commit: true })
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ dryRun: false, created: 1, unchanged: 0 })
    expect(await logged()).toBe(1)
    const again = await asCsv(good, { token: admin, commit: true })
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
    expect(await logged()).toBe(1)
  })

  it('answers 400 to missing columns, 413 to a file too large and 415 to JSON', async () => {
    const columns = await asCsv(['station,date,item', 'x,2026-01-01,y'], { token: admin })
    expect(columns.status).toBe(400)
    expect(columns.body.errors?.[0].message).toMatch(/time, type/)
    const huge = await send(`station,date,time,type,item\n${'x'.repeat(3 * 1024 * 1024)}`, {
      token: admin,
      headers: { 'Content-Type': 'text/csv' },
    })
    expect(huge.status).toBe(413)
    const json = await send('{}', { token: admin, headers: { 'Content-Type': 'application/json' } })
    expect(json.status).toBe(415)
  })
})

describe('/admin/broadcast-import', () => {
  it('is an admin view, linked from the broadcasts list', async () => {
    // As a browser sends it: the session cookie, on a same-origin navigation.
    const page = (path: string) =>
      fetch(`${server().url}${path}`, {
        headers: { Cookie: `payload-token=${admin}`, 'Sec-Fetch-Site': 'same-origin' },
        redirect: 'manual',
      })
    const view = await page('/admin/broadcast-import')
    expect(view.status).toBe(200)
    expect(await view.text()).toContain('data-testid="broadcast-import"')
    const list = await page('/admin/collections/broadcasts')
    expect(list.status).toBe(200)
    expect(await list.text()).toContain(
      'data-testid="broadcast-import-link" href="/admin/broadcast-import"',
    )
  })
})
