import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { initI18n } from '@payloadcms/translations'
import { createLocalReq, type Payload } from 'payload'
import type { User } from '@/payload-types'
import { importBroadcastLog, planImport } from '@/reach/import'
import { writePlan } from '@/reach/importWrite'
import { bootPayload, engine } from '../helpers/payload'
import { createRoleUsers, type RoleUsers } from '../helpers/users'

let payload: Payload
let u: RoleUsers
const run = Date.now()
const slug = (name: string) => `${name}-${run}`
/** ຄຳ written with U+0EB3, as the admin stores it; files often carry ໍ + າ instead. */
const laoName = 'ວິທະຍຸຄ\u0EB3ມ່ວນ'
let savannakhet: { id: number }
let pakse: { id: number }

beforeAll(async () => {
  payload = await bootPayload()
  u = await createRoleUsers(payload)
  const station = (name: string, province: number) =>
    payload.create({ collection: 'stations', data: { name, kind: 'radio', province } })
  savannakhet = await station('Savannakhet Radio', u.home.id)
  pakse = await station('Pakse Radio', u.home.id)
  await station('Luang Prabang Radio', u.away.id)
  await station(laoName, u.home.id)
  await payload.create({
    collection: 'radio-spots',
    data: { title: 'Before you go', slug: slug('spot'), _status: 'published' },
  })
  // Never published: a station may book it before it goes on the site.
  await payload.create({
    collection: 'songs',
    data: { title: 'Safe road home', slug: slug('song'), _status: 'draft' },
    draft: true,
  })
  const drama = await payload.create({
    collection: 'dramas',
    data: { title: 'The job offer', _status: 'published' } as never,
  })
  await payload.create({
    collection: 'episodes',
    data: { title: 'Part one', slug: slug('ep'), drama: drama.id, number: 1, _status: 'published' },
  })
}, 60_000)

afterAll(async () => {
  await payload?.destroy()
})

/** A request as `user`, in the admin language `language`. */
async function reqAs(user: User, language: 'en' | 'lo' = 'en') {
  // Payload's types list only the languages it ships; Lao is Siang's own (src/i18n/casts.ts).
  const i18n = await initI18n({
    config: payload.config.i18n,
    language: language as 'en',
    context: 'api',
  })
  return createLocalReq({ user, req: { i18n } }, payload)
}

const logged = async () =>
  (
    await payload.find({
      collection: 'broadcasts',
      where: { station: { in: [savannakhet.id, pakse.id] } },
      pagination: false,
      sort: 'plannedAt',
    })
  ).docs

/** Lines 1–5, the note of line 3 running over two lines. */
const clean = [
  'Station,Date,Time,Type,Item,Status,Aired_At,Note',
  `Savannakhet Radio,2026-03-02,07:30,radio-spot,${slug('spot')},aired,07:32,`,
  ` savannakhet  RADIO ,2026-03-02,19:00,song,${slug('song')},,,"Evening show`,
  'read by the host"',
  `Savannakhet Radio,2026-03-03,7:30,episodes,${slug('ep')},missed,,`,
]
const withErrors = [
  ...clean,
  `Nowhere FM,2026-03-03,07:30,song,${slug('song')},,,`,
  `Savannakhet Radio,2026-03-32,07:30,song,${slug('song')},,,`,
  `Savannakhet Radio,2026-03-02,07:30,radio-spots,${slug('spot')},aired,07:35,`,
  `Savannakhet Radio,2026-03-04,07:30,song,no-such-song,,,`,
  `Savannakhet Radio,2026-03-04,07:30,song,${slug('song')},aired,,`,
  `Savannakhet Radio,2026-03-04,08:00,song,${slug('song')},planned,08:01,`,
]
const csv = (lines: string[]) => lines.join('\r\n') + '\r\n'

describe(`importing a station log (${engine})`, () => {
  it('plans creates and lists each rejected row by its line, writing nothing in a dry run', async () => {
    const result = await importBroadcastLog(await reqAs(u.editor), csv(withErrors))
    expect(result).toMatchObject({ dryRun: true, created: 3, updated: 0, rejected: 6 })
    expect(result.rows.map((r) => [r.line, r.action])).toEqual([
      [2, 'create'],
      [3, 'create'],
      [5, 'create'],
    ])
    expect(result.rows[0]).toMatchObject({
      station: { id: savannakhet.id, name: 'Savannakhet Radio' },
      type: 'radio-spots',
      plannedAt: '2026-03-02T00:30:00.000Z',
      airedAt: '2026-03-02T00:32:00.000Z',
      status: 'aired',
    })
    expect(result.rows[1]).toMatchObject({
      status: 'planned',
      note: 'Evening show\nread by the host',
    })
    expect(result.errors.map((e) => e.line)).toEqual([6, 7, 8, 9, 10, 11])
    const [station, date, duplicate, item, needsAired, noAired] = result.errors.map(
      (e) => e.message,
    )
    expect(station).toContain('"Nowhere FM"')
    expect(date).toContain('"2026-03-32"')
    expect(duplicate).toContain('line 2')
    expect(item).toContain('"no-such-song"')
    expect(needsAired).toContain('"aired"')
    expect(noAired).toContain('"08:01"')
    expect(await logged()).toHaveLength(0)
  })

  it('writes nothing when a commit has any rejected row', async () => {
    const result = await importBroadcastLog(await reqAs(u.editor), csv(withErrors), {
      commit: true,
    })
    expect(result).toMatchObject({ dryRun: false, created: 0, rejected: 6 })
    expect(await logged()).toHaveLength(0)
  })

  it('creates on commit; the same file again changes nothing; a changed outcome updates', async () => {
    const first = await importBroadcastLog(await reqAs(u.editor), csv(clean), { commit: true })
    expect(first).toMatchObject({ created: 3, updated: 0, unchanged: 0, rejected: 0 })
    const docs = await logged()
    expect(docs.map((d) => [d.plannedAt, d.status, d.item.relationTo])).toEqual([
      ['2026-03-02T00:30:00.000Z', 'aired', 'radio-spots'],
      ['2026-03-02T12:00:00.000Z', 'planned', 'songs'],
      ['2026-03-03T00:30:00.000Z', 'missed', 'episodes'],
    ])
    expect(docs[1].note).toBe('Evening show\nread by the host')

    const again = await importBroadcastLog(await reqAs(u.editor), csv(clean), { commit: true })
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
    expect(await logged()).toHaveLength(3)

    // Line 5's episode went out after all, at 07:41.
    const changed = [...clean.slice(0, 4), clean[4].replace('missed,,', 'moved,07:41,')]
    const update = await importBroadcastLog(await reqAs(u.editor), csv(changed), { commit: true })
    expect(update).toMatchObject({ created: 0, updated: 1, unchanged: 2 })
    expect(update.rows.find((r) => r.action === 'update')?.line).toBe(5)
    const episode = (await logged())[2]
    expect(episode).toMatchObject({ status: 'moved', airedAt: '2026-03-03T00:41:00.000Z' })
    expect(await logged()).toHaveLength(3)
  })

  it('undoes every write when one fails midway', async () => {
    const lines = [
      'station;date;time;type;item',
      `Savannakhet Radio;2026-05-01;06:00;song;${slug('song')}`,
      `Pakse Radio;2026-05-01;06:00;song;${slug('song')}`,
    ]
    const req = await reqAs(u.editor)
    const plan = await planImport(req, csv(lines))
    expect(plan.rows.map((r) => r.action)).toEqual(['create', 'create'])
    const before = (await logged()).length
    // The second row's station goes between the check and the write.
    await payload.delete({ collection: 'stations', id: pakse.id })
    await expect(writePlan(req, plan)).rejects.toMatchObject({ status: 400 })
    expect(await logged()).toHaveLength(before)
  })

  it("rejects a provincial editor's rows for another province's station", async () => {
    const lines = [
      'station,date,time,type,item',
      `Luang Prabang Radio,2026-04-01,07:30,song,${slug('song')}`,
      `Savannakhet Radio,2026-04-01,07:30,song,${slug('song')}`,
    ]
    const result = await importBroadcastLog(await reqAs(u.provincial), csv(lines))
    expect(result.errors).toEqual([
      { line: 2, message: expect.stringContaining('"Luang Prabang Radio"') },
    ])
    expect(result.rows.map((r) => [r.line, r.action])).toEqual([[3, 'create']])
  })

  it('matches a Lao station name typed with ໍ + າ for ຳ, and answers in Lao', async () => {
    const typed = laoName.replace('\u0EB3', '\u0ECD\u0EB2')
    expect(typed).not.toBe(laoName)
    const lines = [
      'station,date,time,type,item',
      `${typed},2026-04-02,07:30,song,${slug('song')}`,
      `ວິທະຍຸບໍ່ມີ,2026-04-02,07:30,song,${slug('song')}`,
    ]
    const result = await importBroadcastLog(await reqAs(u.provincial, 'lo'), csv(lines))
    expect(result.rows).toHaveLength(1)
    expect(result.rows[0].station.name).toBe(laoName)
    expect(result.errors).toEqual([{ line: 3, message: 'ບໍ່ມີສະຖານີທີ່ຊື່ "ວິທະຍຸບໍ່ມີ".' }])
  })
})

describe(`a station named in Lao and in English (${engine})`, () => {
  it('is matched by either name, and named in the language of the person importing', async () => {
    const made = await payload.create({
      collection: 'stations',
      locale: 'lo',
      data: { name: 'ວິທະຍຸແຂວງຈຳປາສັກ', kind: 'radio', province: u.home.id },
    })
    await payload.update({
      collection: 'stations',
      id: made.id,
      locale: 'en',
      data: { name: 'Champasak Radio' },
    })
    const lines = [
      'station,date,time,type,item',
      `ວິທະຍຸແຂວງຈ\u0ECD\u0EB2ປາສັກ,2026-06-01,07:30,song,${slug('song')}`,
      ` champasak  radio ,2026-06-01,08:30,song,${slug('song')}`,
    ]
    for (const [language, name] of [
      ['lo', 'ວິທະຍຸແຂວງຈຳປາສັກ'],
      ['en', 'Champasak Radio'],
    ] as const) {
      const result = await importBroadcastLog(await reqAs(u.editor, language), csv(lines))
      expect(result.errors).toEqual([])
      expect(result.rows.map((r) => r.station)).toEqual([
        { id: made.id, name },
        { id: made.id, name },
      ])
    }
  })
})
