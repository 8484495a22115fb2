import { describe, expect, it } from '@jest/globals'
import type { CollectionSlug } from 'payload'
import { seed, type SeedResult } from '../../seed'
import { desk } from '../../seed/data/demo/desk'
import { demoUsers } from '../../seed/data/demoUsers'
import { laoDay } from '@/lib/laoTime'
import { calendarMonth } from '@/workflow/calendar'
import { dashboardData } from '@/workflow/dashboard'
import { periodOf } from '@/reach/periods'
import { reachSummary } from '@/reach/summary'
import { contentTypes } from '../fixtures/content'
import { engine, payloadForFile } from '../helpers/payload'

const payload = payloadForFile()

const demoCollections: CollectionSlug[] = [
  ...contentTypes,
  'partners',
  'media',
  'topics',
  'provinces',
  'stations',
  'broadcasts',
  'reach-reports',
  'daily-counts',
]

/** Every document's id and updatedAt, collection by collection. */
async function snapshot(): Promise<Record<string, [unknown, unknown][]>> {
  const all: Record<string, [unknown, unknown][]> = {}
  for (const collection of demoCollections) {
    const { docs } = await payload().find({
      collection,
      limit: 0,
      pagination: false,
      sort: 'id',
      depth: 0,
    })
    all[collection] = docs.map((d) => [d.id, (d as { updatedAt?: string }).updatedAt])
  }
  return all
}

const find = (collection: CollectionSlug, locale: 'lo' | 'en' = 'lo') =>
  payload().find({ collection, limit: 0, pagination: false, depth: 1, locale }) as Promise<{
    docs: Record<string, any>[] // eslint-disable-line @typescript-eslint/no-explicit-any -- shapes differ per collection; the test checks fields by name
  }>

const deskSlugs = new Set(desk.map((d) => d.slug))
const demoEmails = demoUsers.map((u) => u.email)
let first: SeedResult

const user = async (email: string) => {
  const { docs } = await payload().find({
    collection: 'users',
    where: { email: { equals: email } },
  })
  return { ...docs[0], collection: 'users' as const }
}

describe(`seed (${engine})`, () => {
  it('creates the admin with a generated password, the 18 provinces, the topics and the settings', async () => {
    const result = await seed(payload())
    first = result
    expect(result.admin).toMatchObject({ email: 'admin@siang.local', generated: true })
    expect(result.admin!.password.length).toBeGreaterThanOrEqual(16)
    const provinces = await payload().find({ collection: 'provinces', limit: 50, locale: 'en' })
    expect(provinces.totalDocs).toBe(18)
    const lao = await payload().find({
      collection: 'provinces',
      where: { code: { equals: 'LA-SV' } },
      locale: 'lo',
    })
    expect(lao.docs[0].title).toBe('ສະຫວັນນະເຂດ')
    expect((await payload().count({ collection: 'topics' })).totalDocs).toBe(8)
    const settings = await payload().findGlobal({ slug: 'site-settings', locale: 'en' })
    expect(settings.hotlines?.[0]).toMatchObject({
      number: '1300',
      label: 'Anti-trafficking hotline',
    })
    const admin = await payload().login({
      collection: 'users',
      data: { email: 'admin@siang.local', password: result.admin!.password },
    })
    expect(admin.user?.roles).toEqual(['admin'])
  }, 300_000)

  it('publishes the article from the source, cleaned of PDF stray spaces, in Lao and English', async () => {
    const lo = await payload().find({
      collection: 'news',
      where: { slug: { equals: 'committee-first-half-2020-results' } },
      locale: 'lo',
    })
    const en = await payload().find({
      collection: 'news',
      where: { slug: { equals: 'committee-first-half-2020-results' } },
      locale: 'en',
    })
    const text = JSON.stringify(lo.docs[0].body)
    expect(lo.docs[0]._status).toBe('published')
    expect(text).toContain('ຄະນະກຳມະການຕ້ານການຄ້າມະນຸດ')
    expect(text).toContain('16 ແຂວງ')
    expect(text).not.toMatch(/\u0ECD\u0EB2/) // ໍ + າ, written as ຳ
    expect(text).not.toMatch(/ຄະນະກຳ ມະການ|ວຽກ ງານ|ການຄ້າ ມະນຸດ/)
    expect(JSON.stringify(en.docs[0].body)).toMatch(/16 provinces/)
  })

  it('makes every public type, in both languages, with its media', async () => {
    const songs = (await find('songs')).docs
    expect(songs.length).toBeGreaterThanOrEqual(3)
    for (const song of songs) {
      expect(song.audio.mimeType).toBe('audio/mpeg')
      expect(song.audio.duration).toBeGreaterThan(30)
      expect(song.cover.mimeType).toBe('image/jpeg')
      expect(JSON.stringify(song.lyrics).length).toBeGreaterThan(300)
    }
    const dramas = (await find('dramas')).docs
    expect(dramas.map((d) => d.format).sort()).toEqual(['long', 'short'])
    for (const drama of dramas) expect(drama.episodes.docs.length).toBeGreaterThanOrEqual(3)
    const episodes = { lo: (await find('episodes')).docs, en: (await find('episodes', 'en')).docs }
    for (const [i, episode] of episodes.lo.entries()) {
      expect(episode.video.mimeType).toBe('video/mp4')
      expect(episode.duration).toBeCloseTo(20, 0)
      expect(episode.captions.filename).toMatch(/-lo\.vtt$/)
      expect(episodes.en[i].captions.filename).toMatch(/-en\.vtt$/)
    }
    const radio = (await find('radio-spots')).docs
    expect(radio.map((r) => r.spotLength).sort((a, b) => a - b)).toEqual([15, 30, 60])
    for (const spot of radio) expect(spot.audio.duration).toBeCloseTo(spot.spotLength, 0)
    expect(radio.some((r) => r.language === 'hmn' || r.language === 'kjg')).toBe(true)
    const tv = (await find('tv-spots')).docs
    expect(tv.length).toBeGreaterThanOrEqual(2)
    for (const spot of tv) expect(spot.captions.mimeType).toMatch(/^text\/vtt/)
    const social = (await find('social-posts')).docs
    expect(social.length).toBeGreaterThanOrEqual(4)
    for (const platform of ['facebook', 'tiktok', 'whatsapp'])
      expect(social.some((s) => s.platforms.includes(platform))).toBe(true)
    expect((await find('partners')).docs.length).toBeGreaterThanOrEqual(2)
    const campaigns = (await find('campaigns', 'en')).docs
    expect(campaigns.map((c) => c.slug).sort()).toEqual(['first-half-2020', 'safe-journeys-2026'])
    for (const c of campaigns) for (const m of c.keyMessages) expect(m.message).toMatch(/[a-z]/)
    // English is a translation, not a copy of the Lao.
    const songsEn = (await find('songs', 'en')).docs
    expect(songsEn[0].title).not.toBe(songs[0].title)
  })

  it('tags the material with every topic and several provinces', async () => {
    const used = { topics: new Set<string>(), provinces: new Set<string>() }
    for (const collection of contentTypes.filter((c) => c !== 'campaigns')) {
      // The work under way (in review, sent back, queued) is not out yet.
      for (const doc of (await find(collection)).docs.filter((d) => !deskSlugs.has(d.slug))) {
        for (const t of doc.topics ?? []) used.topics.add(t.slug)
        for (const p of doc.provinces ?? []) used.provinces.add(p.code)
        expect(doc._status).toBe('published')
        expect(doc.campaigns.length).toBeGreaterThan(0)
      }
    }
    expect(used.topics.size).toBe(8)
    expect(used.provinces.size).toBeGreaterThanOrEqual(5)
  })

  it('adds reach data, so the half-year summaries show real figures on a fresh install', async () => {
    const [admin] = (
      await payload().find({ collection: 'users', where: { roles: { in: ['admin'] } }, limit: 1 })
    ).docs
    const past = await reachSummary(payload(), admin, { period: '2020-H1' })
    expect(past.broadcasts.stations.length).toBeGreaterThanOrEqual(4)
    expect(new Set(past.broadcasts.stations.map((s) => s.province)).size).toBeGreaterThanOrEqual(3)
    expect(past.broadcasts.total.aired).toBeGreaterThan(0)
    expect(past.broadcasts.total.missed).toBeGreaterThan(0)
    expect(past.broadcasts.total.planned).toBe(0)
    expect(past.reached.reports).toMatchObject({ accepted: 2, submitted: 1, draft: 1 })
    expect(past.reached.total.total).toBeGreaterThan(0)
    expect(past.reached.total.total).toBe(
      past.reached.total.under15 + past.reached.total.from15to24 + past.reached.total.from25,
    )
    expect(past.plays.total.plays).toBeGreaterThan(0)
    expect(past.embeds.partners[0]?.plays).toBeGreaterThan(0)
    const now = await reachSummary(payload(), admin, { period: periodOf() })
    expect(now.broadcasts.total.booked).toBe(past.broadcasts.total.booked)
    expect(now.reached.reports).toMatchObject({ submitted: 1, draft: 1 })
  })

  it('makes an account for each role outside production, with its province or partner, each printed once', async () => {
    expect(first.logins.map((l) => l.email)).toEqual(['admin@siang.local', ...demoEmails])
    const passwords = new Set(first.logins.map((l) => l.password))
    expect(passwords.size).toBe(first.logins.length)
    for (const login of first.logins.slice(1)) {
      expect(login.password).toMatch(/^[\w-]{16}$/)
      const { user } = await payload().login({
        collection: 'users',
        data: { email: login.email, password: login.password! },
      })
      expect(user?.roles).toHaveLength(1)
    }
    const roles = (await payload().find({ collection: 'users', depth: 1, limit: 10 })).docs
    expect(roles.map((u) => u.roles[0]).sort()).toEqual(
      ['admin', 'editor', 'partner', 'provincial-editor', 'reviewer'].sort(),
    )
    const provincial = roles.find((u) => u.roles.includes('provincial-editor'))!
    expect(provincial.provinces).toEqual([expect.objectContaining({ code: 'LA-SV' })])
    const partner = roles.find((u) => u.roles.includes('partner'))!
    expect(partner.partner).toEqual(expect.objectContaining({ slug: 'dao-nuea-youth-radio' }))
  })

  it('fills the dashboard and this month of the calendar (Lao time) with work in each review status', async () => {
    const admin = await user('admin@siang.local')
    const board = await dashboardData(payload(), admin)
    expect(board.waiting.map((i) => i.collection).sort()).toEqual(['news', 'social-posts'])
    expect(board.changesRequested.map((i) => i.title)).toEqual(['ສັນຍານອັນຕະລາຍຂອງນາຍໜ້າ'])
    expect(board.scheduled).toEqual([
      expect.objectContaining({ collection: 'social-posts', workflowStatus: 'approved' }),
    ])
    expect(board.recent.map((i) => i.title)).toContain('ຂອບໃຈກອງປະຊຸມບ້ານ')
    // The provincial editor who wrote them sees them too, within Savannakhet.
    const own = await dashboardData(payload(), await user('provincial-editor@siang.local'))
    expect([own.waiting.length, own.changesRequested.length, own.scheduled.length]).toEqual([
      2, 1, 1,
    ])

    const month = await calendarMonth(payload(), admin, undefined)
    expect(month.month).toBe(laoDay().slice(0, 7))
    expect(month.today).toBe(laoDay())
    expect(month.byDay[laoDay()]?.length).toBeGreaterThanOrEqual(1)
    const statuses = Object.values(month.byDay)
      .flat()
      .map((p) => p.workflowStatus)
    expect(statuses).toEqual(expect.arrayContaining(['in-review', 'changes-requested']))
    const { docs } = await payload().find({
      collection: 'social-posts',
      where: { slug: { equals: 'desk-recruiter-red-flags' } },
      draft: true,
      user: admin, // drafts are read by staff only
    })
    expect(docs[0].workflowHistory?.map((h) => [h.to, h.byName])).toEqual([
      ['in-review', 'ສົມພອນ ວົງສະຫວັນ'],
      ['changes-requested', 'ວັນນະສອນ ພົມມະຈັນ'],
    ])
  })

  it('changes nothing on a second run and prints no password again', async () => {
    const before = await snapshot()
    const again = await seed(payload())
    expect(again.created).toBe(0)
    expect(again.admin).toBeUndefined()
    expect(again.logins).toEqual([])
    expect(await snapshot()).toEqual(before)
  }, 120_000)

  it('with reset, removes its own demo documents and makes them again, leaving other documents', async () => {
    const own = await payload().create({
      collection: 'topics',
      data: { title: 'Our own topic', slug: 'our-own-topic' },
    })
    const songs = (await payload().count({ collection: 'songs' })).totalDocs
    const result = await seed(payload(), { reset: true })
    expect(result.deleted).toBeGreaterThan(50)
    expect(result.created).toBe(result.deleted)
    expect(await payload().findByID({ collection: 'topics', id: own.id })).toMatchObject({
      slug: 'our-own-topic',
    })
    expect((await payload().count({ collection: 'songs' })).totalDocs).toBe(songs)
    expect((await payload().count({ collection: 'provinces' })).totalDocs).toBe(18)
    // The demo accounts come back with new passwords; the queued publishing is not doubled.
    expect(result.logins.map((l) => l.email)).toEqual(demoEmails)
    const queued = await payload().count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
    expect(queued.totalDocs).toBe(1)
  }, 300_000)

  it('makes no demo accounts in production', async () => {
    await payload().delete({ collection: 'users', where: { email: { in: demoEmails } } })
    const result = await seed(payload(), { env: { NODE_ENV: 'production' } })
    expect(result.logins).toEqual([])
    const users = await payload().find({ collection: 'users' })
    expect(users.docs.map((u) => u.email)).toEqual(['admin@siang.local'])
  }, 120_000)
})
