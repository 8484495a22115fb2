import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { revalidationToken } from '@/site/freshness'
import { adminLogin, api, server } from '../helpers/http'
import { waitForHealth } from '../../tooling/health'
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  SECRET,
  freePort,
  serverEnv,
  startServer,
  stopServer,
} from '../../tooling/server'

/**
 * Pages are cached (the second visit is a cache HIT), and every kind of writer still reaches
 * them at once: the REST API inside the server, another process writing to the same database,
 * the job runner, and a second instance of the app.
 */

type Page = { status: number; html: string; cache: string | null }

async function visit(p: string, headers: Record<string, string> = {}): Promise<Page> {
  const res = await fetch(`${server().url}${p}`, { redirect: 'manual', headers })
  return { status: res.status, html: await res.text(), cache: res.headers.get('x-siang-cache') }
}

/**
 * Visits until the page comes fresh from the cache (HIT), so that it is cached before the change
 * under test. A page older than the 30 s safety net is made again (a MISS) on its next visit.
 */
async function cached(p: string, headers: Record<string, string> = {}): Promise<Page> {
  let page = await visit(p, headers)
  for (let i = 0; i < 10 && page.status === 200 && page.cache !== 'HIT'; i++) {
    await new Promise((r) => setTimeout(r, 100))
    page = await visit(p, headers)
  }
  return page
}

const stamp = Date.now().toString(36)
let admin: string
let payload: Payload

beforeAll(async () => {
  admin = await adminLogin()
  // This test process is "another process" writing to the server's database, as
  // `npm run seed` is: it tells the server on this machine's PORT.
  process.env.DATABASE_URI = server().databaseURI
  process.env.PORT = new URL(server().url).port
  process.env.PAYLOAD_SECRET = SECRET
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  payload = await getPayload({ config })
})

const ours: number[] = []

afterAll(async () => {
  // Other tests count the demo's songs in the feeds: leave none of ours behind.
  for (const id of ours)
    await payload?.delete({ collection: 'songs', id, overrideAccess: true }).catch(() => undefined)
  await payload?.destroy()
})

/** A song with a demo song's audio, so that the podcast feed lists it. */
async function createSong(title: string, status: 'published' | 'draft') {
  const demo = await api<{ docs: { audio: number }[] }>(
    '/api/songs?where[slug][equals]=call-1300&depth=0',
  )
  const res = await api<{ doc: { id: number; slug: string } }>(
    `/api/songs${status === 'draft' ? '?draft=true' : ''}`,
    {
      method: 'POST',
      token: admin,
      body: { title, _status: status, audio: demo.body.docs[0].audio },
    },
  )
  expect(res.status).toBe(201)
  ours.push(res.body.doc.id)
  return res.body.doc
}

const patchSong = async (id: number, body: Record<string, unknown>) =>
  expect((await api(`/api/songs/${id}`, { method: 'PATCH', token: admin, body })).status).toBe(200)

describe('freshness of cached pages', () => {
  it('caches public pages: the second visit is served from the cache', async () => {
    for (const p of [
      '/lo',
      '/en/songs/call-1300',
      '/lo/dramas/the-job-offer',
      '/feeds/lo/songs.xml',
    ]) {
      const second = await cached(p)
      expect(second.status).toBe(200)
      expect(second.cache).toBe('HIT')
    }
  })

  it('publish, edit, unpublish and delete through the REST API reach every page at once', async () => {
    const title = `Fresh song ${stamp}`
    const draft = await createSong(title, 'draft')
    const detail = `/lo/songs/${draft.slug}`
    const places = ['/lo', '/lo/songs', '/en/songs', '/feeds/lo/songs.xml', '/sitemap.xml']

    // Cached while unpublished: a 404 and lists without it.
    expect((await cached(detail)).status).toBe(404)
    for (const p of places) expect((await cached(p)).html).not.toContain(draft.slug)

    await patchSong(draft.id, { _status: 'published' })
    const shown = await visit(detail)
    expect(shown.status).toBe(200)
    expect(shown.html).toContain(title)
    for (const p of places) expect((await visit(p)).html).toContain(draft.slug)

    // An edit shows on the cached page and in the cached lists.
    await cached(detail)
    await cached('/lo/songs')
    await patchSong(draft.id, { title: `${title} (edited)` })
    expect((await visit(detail)).html).toContain(`${title} (edited)`)
    expect((await visit('/lo/songs')).html).toContain(`${title} (edited)`)

    // Unpublished: 404 in both languages and for data savers, gone from lists, feed and sitemap.
    await cached(`/en/songs/${draft.slug}`)
    await cached(detail, { 'Save-Data': 'on' })
    await patchSong(draft.id, { _status: 'draft' })
    expect((await visit(detail)).status).toBe(404)
    expect((await visit(`/en/songs/${draft.slug}`)).status).toBe(404)
    expect((await visit(detail, { 'Save-Data': 'on' })).status).toBe(404)
    for (const p of places) expect((await visit(p)).html).not.toContain(draft.slug)

    // Deleted while published.
    await patchSong(draft.id, { _status: 'published' })
    expect((await cached(detail)).status).toBe(200)
    expect((await api(`/api/songs/${draft.id}`, { method: 'DELETE', token: admin })).status).toBe(
      200,
    )
    expect((await visit(detail)).status).toBe(404)
    expect((await visit('/lo/songs')).html).not.toContain(draft.slug)
  })

  it('a changed slug moves the kept page: the old address redirects to the new one at once', async () => {
    const doc = await createSong(`Renamed song ${stamp}`, 'published')
    expect((await cached(`/lo/songs/${doc.slug}`)).status).toBe(200)
    await patchSong(doc.id, { slug: `${doc.slug}-new` })
    const old = await fetch(`${server().url}/lo/songs/${doc.slug}`, { redirect: 'manual' })
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe(`/lo/songs/${doc.slug}-new`)
    expect((await visit(`/lo/songs/${doc.slug}-new`)).status).toBe(200)
  })

  it('a write by another process (the Local API on the same database) reaches the server', async () => {
    const doc = await createSong(`Other process ${stamp}`, 'published')
    const detail = `/lo/songs/${doc.slug}`
    expect((await cached(detail)).cache).toBe('HIT')
    await payload.update({
      collection: 'songs',
      id: doc.id,
      data: { title: `Other process ${stamp} (from a script)` },
      overrideAccess: true,
    })
    expect((await visit(detail)).html).toContain('(from a script)')
    await payload.update({
      collection: 'songs',
      id: doc.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect((await visit(detail)).status).toBe(404)
  })

  it('site settings reach every page: the footer', async () => {
    const settings = '/api/globals/site-settings?locale=en'
    const before = await api<{ footerText?: string }>(settings)
    const detail = '/en/news/committee-first-half-2020-results'
    expect((await cached(detail)).cache).toBe('HIT')
    const footer = `Fresh footer ${stamp}`
    expect(
      (await api(settings, { method: 'POST', token: admin, body: { footerText: footer } })).status,
    ).toBe(200)
    expect((await visit(detail)).html).toContain(footer)
    await api(settings, {
      method: 'POST',
      token: admin,
      body: { footerText: before.body.footerText ?? '' },
    })
    expect((await visit(detail)).html).not.toContain(footer)
  })

  it('a scheduled publish by the job runner reaches the page', async () => {
    const draft = await createSong(`Scheduled song ${stamp}`, 'draft')
    const detail = `/en/songs/${draft.slug}`
    expect((await cached(detail)).status).toBe(404)
    const me = await api<{ user: { id: number } }>('/api/users/me', { token: admin })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'songs', value: draft.id },
        user: { relationTo: 'users', value: me.body.user.id },
      },
      waitUntil: new Date(Date.now() + 1000),
    })
    let status = 404
    const deadline = Date.now() + 30_000
    while (status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500))
      status = (await visit(detail)).status
    }
    expect(status).toBe(200)
  }, 45_000)

  it('a write on a second instance reaches the first (REVALIDATE_URLS)', async () => {
    const port = await freePort()
    const url = `http://localhost:${port}`
    const dir = server().dir
    const child = startServer(
      serverEnv({
        PORT: String(port),
        SERVER_URL: url,
        DATABASE_URI: server().databaseURI,
        MEDIA_DIR: path.join(dir, 'media'),
        PAYLOAD_SECRET: SECRET,
        REVALIDATE_URLS: server().url,
      }),
      path.join(dir, 'second.log'),
    )
    try {
      expect(await waitForHealth(url, child, 90_000)).toBe(true)
      const login = await fetch(`${url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
      })
      const { token } = (await login.json()) as { token: string }
      const created = await fetch(`${url}/api/songs`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ title: `Second instance ${stamp}`, _status: 'published' }),
      })
      expect(created.status).toBe(201)
      const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
      ours.push(doc.id)
      expect((await visit(`/lo/songs/${doc.slug}`)).status).toBe(200)
      expect((await visit('/lo/songs')).html).toContain(doc.slug)
    } finally {
      stopServer(child.pid!)
    }
  }, 120_000)
})

describe('/api/revalidate', () => {
  const post = (body: unknown, token?: string) =>
    api('/api/revalidate', {
      method: 'POST',
      body,
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    })

  it('refuses callers without the token', async () => {
    expect((await post({ tags: ['siang:songs'] })).status).toBe(401)
    expect((await post({ tags: ['siang:songs'] }, 'not-the-token')).status).toBe(401)
    expect(
      (await post({ tags: ['siang:songs'] }, revalidationToken('another-secret'))).status,
    ).toBe(401)
  })

  it('refuses bad input with 400 and a message', async () => {
    const token = revalidationToken(SECRET)
    for (const body of [{}, { tags: [] }, { tags: ['songs'] }, { tags: 'siang:songs' }, [1]]) {
      const res = await post(body, token)
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toContain('siang:')
    }
  })

  it('expires the tags it is given', async () => {
    const p = '/lo/radio/hmong-call-the-hotline'
    expect((await cached(p)).cache).toBe('HIT')
    const res = await post(
      { tags: ['siang:radio-spots:hmong-call-the-hotline'] },
      revalidationToken(SECRET),
    )
    expect(res.status).toBe(200)
    // Expired outright: the next visit is made afresh, not served stale.
    expect((await visit(p)).cache).toBe('MISS')
  })
})

describe('the data-saving variant', () => {
  it('has no address of its own', async () => {
    const res = await visit('/lo-lite/songs/call-1300')
    expect(res.status).toBe(308)
  })
})
