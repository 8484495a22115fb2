/**
 * The podcast feeds as podcast apps read them: parsed by two real parsers (podcast-partytime, which
 * reads the Podcasting 2.0 namespace, and podcast-feed-parser), and checked against what Apple
 * Podcasts and Spotify require of a feed before they list it.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { parseFeed, type FeedObject } from 'podcast-partytime'
import { getPodcastFromFeed } from 'podcast-feed-parser'
import sharp from 'sharp'
import { adminLogin, api, server, staffLogin, uploadMedia } from '../helpers/http'
import { png } from '../fixtures/media'
import { podcastGuid } from '@/lib/uuid'
import { periodOf } from '@/reach/periods'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const feeds = [
  '/feeds/lo/songs.xml',
  '/feeds/en/radio.xml',
  '/feeds/lo/dramas/rivers-apart.xml',
  '/feeds/en/campaigns/first-half-2020.xml',
]

const xmlOf = async (path: string) => {
  const res = await fetch(`${server().url}${path}`)
  expect(`${path} ${res.status}`).toBe(`${path} 200`)
  expect(res.headers.get('content-type')).toMatch(/^application\/rss\+xml/)
  return res.text()
}

const parsed = new Map<string, { xml: string; feed: FeedObject }>()

beforeAll(async () => {
  for (const path of feeds) {
    const xml = await xmlOf(path)
    const feed = parseFeed(xml)
    if (!feed) throw new Error(`podcast-partytime could not parse ${path}`)
    parsed.set(path, { xml, feed })
  }
})

describe('podcast feeds, as podcast apps read them', () => {
  it.each(feeds)(
    '%s has the square artwork and the owner Apple and Spotify require',
    async (path) => {
      const { xml, feed } = parsed.get(path)!
      expect(feed.owner?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/)
      expect(feed.owner?.name).toBeTruthy()
      expect(feed.explicit).toBe(false)
      expect(feed.itunesCategory?.length).toBeGreaterThan(0)
      expect(feed.language).toBe(path.slice(7, 9))
      const image = await fetch(feed.itunesImage!)
      expect(image.status).toBe(200)
      expect(image.headers.get('content-type')).toMatch(/^image\/(jpeg|png)$/)
      const { width, height } = await sharp(Buffer.from(await image.arrayBuffer())).metadata()
      expect(width).toBe(height)
      expect(width).toBeGreaterThanOrEqual(1400)
      expect(width).toBeLessThanOrEqual(3000)
      // The second parser finds the same.
      const other = getPodcastFromFeed(xml)
      expect(other.meta.owner.email).toBe(feed.owner?.email)
      expect(other.meta.imageURL).toBe(feed.itunesImage)
      expect(other.episodes.length).toBe(feed.items.length)
    },
  )

  it.each(feeds)('%s has permanent ids: podcast:guid, locked, a unique UUID per item', (path) => {
    const { feed } = parsed.get(path)!
    expect(feed.guid).toBe(podcastGuid(`${server().url}${path}`))
    expect(feed.locked).toBe(true)
    expect(feed.podcastOwner).toBe(feed.owner?.email)
    expect(feed.items.length).toBeGreaterThan(0)
    for (const item of feed.items) {
      expect(item.guid).toMatch(UUID)
      expect(item.enclosure.length).toBeGreaterThan(0)
    }
    expect(new Set(feed.items.map((i) => i.guid)).size).toBe(feed.items.length)
  })

  it('gives an item the same guid in every feed and language that carries it', () => {
    const guidOf = (path: string, file: string) =>
      parsed.get(path)!.feed.items.find((i) => i.enclosure.url.includes(file))?.guid
    const songs = parsed.get('/feeds/lo/songs.xml')!.feed.items
    const callSong = songs.find((i) => /call-1300/.test(i.link ?? ''))!
    const file = callSong.enclosure.url.split('/').pop()!
    expect(guidOf('/feeds/en/campaigns/first-half-2020.xml', file)).toBe(callSong.guid)
  })

  it('tells a series in order, with seasons and episode numbers', () => {
    const { feed } = parsed.get('/feeds/lo/dramas/rivers-apart.xml')!
    expect(feed.itunesType).toBe('serial')
    expect(feed.items.map((i) => i.itunesEpisode)).toEqual([1, 2, 3])
    expect(feed.items.map((i) => i.podcastEpisode?.number)).toEqual([1, 2, 3])
    expect(feed.items.every((i) => i.enclosure.type.startsWith('video/'))).toBe(true)
    // Its transcript is the words, and its captions, each as a file.
    const kinds = feed.items[0].podcastTranscripts?.map((t) => t.type).sort()
    expect(kinds).toEqual(['text/plain', 'text/vtt'])
  })

  it('lists the feeds of a series and a campaign on their pages and in the sitemap', async () => {
    for (const [page, feed] of [
      ['/lo/dramas/rivers-apart', '/feeds/lo/dramas/rivers-apart.xml'],
      ['/en/campaigns/first-half-2020', '/feeds/en/campaigns/first-half-2020.xml'],
    ]) {
      const html = await (await fetch(`${server().url}${page}`)).text()
      expect(html).toContain(
        `<link rel="alternate" type="application/rss+xml" href="${server().url}${feed}"/>`,
      )
      expect(html).toContain(`<a href="${feed}" type="application/rss+xml">`)
    }
    const sitemap = await (await fetch(`${server().url}/sitemap.xml`)).text()
    for (const feed of [...feeds, '/feeds/en/dramas/the-job-offer.xml'])
      expect(sitemap).toContain(`<loc>${server().url}${feed}</loc>`)
    expect((await fetch(`${server().url}/feeds/lo/dramas/no-such-drama.xml`)).status).toBe(404)
    expect((await fetch(`${server().url}/feeds/lo/songs/call-1300.xml`)).status).toBe(404)
  })
})

describe('what podcast apps rely on cannot be set through the API', () => {
  let admin: string
  beforeAll(async () => {
    admin = await adminLogin()
  })

  it("an item's guid is Siang's: a caller's guid is ignored on create and on update", async () => {
    const editor = await staffLogin(admin, 'editor', `guid-${Date.now()}`)
    const made = await api<{ doc: { id: number; feedGuid: string } }>('/api/songs', {
      method: 'POST',
      token: editor,
      body: { title: `Guid ${Date.now()}`, feedGuid: 'siang-songs-1' },
    })
    expect(made.status).toBe(201)
    expect(made.body.doc.feedGuid).toMatch(UUID)
    const changed = await api<{ doc: { feedGuid: string } }>(`/api/songs/${made.body.doc.id}`, {
      method: 'PATCH',
      token: admin,
      body: { feedGuid: 'something-else' },
    })
    expect(changed.body.doc.feedGuid).toBe(made.body.doc.feedGuid)
  })

  it('the channel artwork must be square, 1400 to 3000 pixels: a clear 400 otherwise', async () => {
    const upload = async (width: number, height: number) =>
      (
        await uploadMedia<{ doc: { id: number } }>(admin, {
          name: `artwork-${width}x${height}-${Date.now()}.png`,
          bytes: await png(width, height),
          type: 'image/png',
        })
      ).body.doc.id
    for (const [width, height] of [
      [1400, 1000],
      [1000, 1000],
    ]) {
      const id = await upload(width, height)
      const res = await api<{ errors: { message: string; data?: unknown }[] }>(
        '/api/globals/site-settings',
        { method: 'POST', token: admin, body: { podcast: { artwork: id } } },
      )
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body.errors)).toContain(`${width} × ${height} image/png`)
    }
  })
})

describe('downloads from podcast apps', () => {
  it('counts one per listener, item and day, past probes, HEADs and bots, as the reach summary shows', async () => {
    const admin = await adminLogin()
    const period = periodOf()
    const podcastPlays = async () =>
      (
        await api<{ plays: { bySource: { podcast: { plays: number } } } }>(
          `/api/reach/summary?period=${period}`,
          { token: admin },
        )
      ).body.plays.bySource.podcast.plays
    const item = parsed
      .get('/feeds/lo/songs.xml')!
      .feed.items.find((i) => /call-1300/.test(i.link ?? ''))!
    expect(item.enclosure.url).toBe(`${server().url}/feeds/lo/songs/call-1300.mp3`)
    const before = await podcastPlays()
    const app = { 'User-Agent': 'AntennaPod/3.4.0' }
    const ask = (headers: Record<string, string>, method = 'GET') =>
      fetch(item.enclosure.url, { method, headers, redirect: 'manual' })
    const probe = await ask({ ...app, Range: 'bytes=0-1' })
    expect(probe.status).toBe(302)
    expect(probe.headers.get('location')).toMatch(/\/api\/media\/file\/song-call-1300\.mp3$/)
    expect((await ask(app, 'HEAD')).status).toBe(302)
    expect((await ask({ 'User-Agent': 'Googlebot/2.1' })).status).toBe(302)
    expect(await podcastPlays()).toBe(before)
    // A whole download, followed to the file as an app does.
    const file = await fetch(item.enclosure.url, { headers: app })
    expect(file.status).toBe(200)
    expect((await file.arrayBuffer()).byteLength).toBe(item.enclosure.length)
    expect(await podcastPlays()).toBe(before + 1)
    await ask(app)
    expect(await podcastPlays()).toBe(before + 1)
    // Not a door to anything else.
    expect((await fetch(`${server().url}/feeds/lo/songs/call-1300.mp4`)).status).toBe(404)
    expect((await fetch(`${server().url}/feeds/lo/songs/no-such-song.mp3`)).status).toBe(404)
  })
})
