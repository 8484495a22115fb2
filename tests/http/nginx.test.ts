import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { wav } from '../fixtures/media'
import { adminLogin, api, server } from '../helpers/http'
import { siangConf, startNginx, type Nginx } from '../../tooling/nginx'
import { periodOf } from '@/reach/periods'

let proxy: Nginx
let admin: string

beforeAll(async () => {
  admin = await adminLogin()
  const mediaDir = path.join(server().dir, 'media')
  proxy = await startNginx((port, dir) =>
    siangConf(new URL(server().url).host, port, dir, undefined, mediaDir),
  )
})

afterAll(() => {
  proxy?.stop()
})

const through = (path: string, init: RequestInit = {}) =>
  fetch(proxy.url + path, { redirect: 'manual', ...init })

describe('deploy/nginx/siang.conf in front of next start', () => {
  it('micro-caches public pages, one entry per Save-Data variant', async () => {
    await through('/lo/songs/call-1300')
    const hit = await through('/lo/songs/call-1300')
    expect(hit.status).toBe(200)
    expect(hit.headers.get('x-cache')).toMatch(/HIT|UPDATING|STALE/)
    const lite = await through('/lo/songs/call-1300', { headers: { 'Save-Data': 'on' } })
    expect(lite.headers.get('x-cache')).toBe('MISS')
    expect(await lite.text()).not.toBe(await hit.text())
  })

  it('never caches or serves from cache for anyone signed in, nor the admin or the API', async () => {
    await through('/lo')
    const signedIn = await through('/lo', { headers: { Cookie: `payload-token=${admin}` } })
    expect(signedIn.headers.get('x-cache')).toBe('BYPASS')
    const withToken = await through('/lo', { headers: { Authorization: `JWT ${admin}` } })
    expect(withToken.headers.get('x-cache')).toBe('BYPASS')
    for (const path of ['/admin/login', '/api/health']) {
      const res = await through(path)
      expect([path, res.headers.get('x-cache')]).toEqual([path, null])
    }
    // Anonymous API reads are micro-cached like pages; signed-in ones never.
    await through('/api/songs?limit=1')
    expect((await through('/api/songs?limit=1')).headers.get('x-cache')).toMatch(
      /HIT|UPDATING|STALE/,
    )
    const staff = await through('/api/songs?limit=1', {
      headers: { Authorization: `JWT ${admin}` },
    })
    expect(staff.headers.get('x-cache')).toBe('BYPASS')
  })

  it('stops showing a page within 10 s of its unpublishing', async () => {
    const made = await api<{ doc: { id: number; slug: string } }>('/api/news', {
      method: 'POST',
      token: admin,
      body: { title: `Through the proxy ${Date.now()}`, _status: 'published' },
    })
    expect(made.status).toBe(201)
    const page = `/en/news/${made.body.doc.slug}`
    expect((await through(page)).status).toBe(200)
    expect((await through(page)).status).toBe(200) // now cached
    const unpublished = await api(`/api/news/${made.body.doc.id}`, {
      method: 'PATCH',
      token: admin,
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    const deadline = Date.now() + 10_000
    let status = 200
    while (status === 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250))
      status = (await through(page)).status
    }
    expect(status).toBe(404)
  }, 30_000)

  it('passes Range through for media, and takes uploads over 10 MB', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(wav(750))], { type: 'audio/wav' }), 'long.wav')
    form.append('_payload', JSON.stringify({ alt: 'A long radio spot' }))
    const res = await through('/api/media', {
      method: 'POST',
      headers: { Authorization: `JWT ${admin}` },
      body: form,
    })
    const body = (await res.json()) as { doc: { url: string; filesize: number } }
    expect(res.status).toBe(201)
    expect(body.doc.filesize).toBeGreaterThan(10 * 1024 * 1024)
    const part = await through(new URL(body.doc.url, proxy.url).pathname, {
      headers: { Authorization: `JWT ${admin}`, Range: 'bytes=100-199' },
    })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${body.doc.filesize}`)
    expect((await part.arrayBuffer()).byteLength).toBe(100)
  }, 60_000)

  it('sends a public media file itself once Siang has checked access: length, ETag, CORS, 304', async () => {
    const { docs } = (
      await api<{ docs: { audio: { url: string; filesize: number } }[] }>(
        // A demo song: the newest may be another test's, without audio.
        '/api/songs?where[slug][equals]=call-1300&depth=1',
      )
    ).body
    const { filesize } = docs[0].audio
    const url = new URL(docs[0].audio.url, server().url).pathname
    const direct = await fetch(server().url + url, { method: 'HEAD' })
    const res = await through(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-length')).toBe(String(filesize))
    // nginx's own ETag for the file, which Siang's server makes the same way when alone.
    expect(res.headers.get('etag')).toBe(direct.headers.get('etag'))
    expect(res.headers.get('last-modified')).toBe(direct.headers.get('last-modified'))
    expect(res.headers.get('content-type')).toBe('audio/mpeg')
    expect(res.headers.get('cache-control')).toMatch(/^public/)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-accel-redirect')).toBeNull()
    expect((await res.arrayBuffer()).byteLength).toBe(filesize)
    const again = await through(url, { headers: { 'If-None-Match': res.headers.get('etag')! } })
    expect(again.status).toBe(304)
    // The internal locations are no door from outside.
    const hidden = await through('/_siang/media/public/' + url.split('/').pop())
    expect(hidden.status).toBe(404)
  })

  it("passes a podcast app's Range and HEAD to the download count as sent: a probe counts nothing", async () => {
    const podcastPlays = async () =>
      (
        await api<{ plays: { bySource: { podcast: { plays: number } } } }>(
          `/api/reach/summary?period=${periodOf()}`,
          { token: admin },
        )
      ).body.plays.bySource.podcast.plays
    const before = await podcastPlays()
    const app = { 'User-Agent': `PocketCasts/7.0 (nginx ${Date.now()})` }
    const enclosure = '/feeds/en/radio/before-you-go.mp3'
    const probe = await through(enclosure, { headers: { ...app, Range: 'bytes=0-1' } })
    expect(probe.status).toBe(302)
    expect(probe.headers.get('x-cache')).toBeNull()
    expect((await through(enclosure, { method: 'HEAD', headers: app })).status).toBe(302)
    expect(await podcastPlays()).toBe(before)
    expect((await through(enclosure, { headers: app })).status).toBe(302)
    expect(await podcastPlays()).toBe(before + 1)
  })

  it('takes a station log of up to 2 MB, past the 1 MB body limit nginx sets by default', async () => {
    const row = `Nowhere FM,2026-01-01,07:00,song,none,${'x'.repeat(340)}`
    const lines = ['station,date,time,type,item,note', ...Array<string>(4500).fill(row)]
    expect(lines.join('\n').length).toBeGreaterThan(1.5 * 1024 * 1024)
    const res = await through('/api/broadcasts/import', {
      method: 'POST',
      headers: { Authorization: `JWT ${admin}`, 'Content-Type': 'text/csv' },
      body: lines.join('\n'),
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { rejected: number }
    expect(body.rejected).toBe(lines.length - 1)
  }, 60_000)
})
