import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from '@libsql/client'
import exifr from 'exifr'
import { jpegWithGps, pixelBomb, png, vtt, wav } from '../fixtures/media'
import { adminLogin, api, copiesSettled, server } from '../helpers/http'

type MediaDoc = {
  id: number
  filename: string
  url: string
  mimeType: string
  width?: number
  height?: number
  sizes?: Record<
    string,
    { url: string | null; width: number | null; height: number | null; mimeType: string | null }
  >
}
type Upload = { status: number; body: { doc?: MediaDoc; errors?: { message: string }[] } }

let admin: string

async function upload(
  name: string,
  bytes: Buffer | string,
  type: string,
  alt = 'test',
): Promise<Upload> {
  const form = new FormData()
  form.append(
    'file',
    new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }),
    name,
  )
  form.append('_payload', JSON.stringify({ alt }))
  const res = await fetch(`${server().url}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${admin}` },
    body: form,
  })
  return { status: res.status, body: await res.json() }
}

/** Media used by no published work is private: staff fetch it signed in. */
const staff = () => ({ headers: { Authorization: `JWT ${admin}` } })
const mediaDir = () => path.join(server().dir, 'media')
// The server's UPLOAD_TEMP_DIR (tooling/server.ts#serverFolder).
const tempDir = () => path.join(server().dir, 'tmp')
const list = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [])

/** Sends a bad upload and checks that nothing is left behind: no doc, no file, no temp file. */
async function refused(
  name: string,
  bytes: Buffer | string,
  type: string,
  status: number,
  message: RegExp,
) {
  await copiesSettled(admin)
  const before = {
    docs: (await api<{ totalDocs: number }>('/api/media?limit=0', { token: admin })).body.totalDocs,
    files: list(mediaDir()),
    temp: list(tempDir()),
  }
  const res = await upload(name, bytes, type)
  expect(res.status).toBe(status)
  expect(res.body.errors?.[0]?.message).toMatch(message)
  expect(
    (await api<{ totalDocs: number }>('/api/media?limit=0', { token: admin })).body.totalDocs,
  ).toBe(before.docs)
  expect(list(mediaDir())).toEqual(before.files)
  expect(list(tempDir()).filter((f) => !before.temp.includes(f))).toEqual([])
}

beforeAll(async () => {
  admin = await adminLogin()
})

describe('image uploads', () => {
  it('strip the GPS position from the original and from every size', async () => {
    const jpeg = await jpegWithGps(1400, 900)
    expect(await exifr.gps(jpeg)).toMatchObject({ latitude: 16.55 })
    const res = await upload('shelter.jpg', jpeg, 'image/jpeg')
    expect(res.status).toBe(201)
    const doc = res.body.doc!
    expect(doc.mimeType).toBe('image/jpeg')
    expect([doc.width, doc.height]).toEqual([1400, 900])
    const urls = [doc.url, ...Object.values(doc.sizes ?? {}).map((s) => s.url)].filter(
      Boolean,
    ) as string[]
    expect(urls.length).toBeGreaterThanOrEqual(5)
    for (const url of urls) {
      const file = Buffer.from(
        await (await fetch(new URL(url, server().url), staff())).arrayBuffer(),
      )
      expect(file.length).toBeGreaterThan(0)
      expect(await exifr.gps(file).catch(() => undefined)).toBeUndefined()
    }
  })

  it('make WebP thumbnail, card and hero, a 1200×630 Open Graph crop in JPEG (what every chat app reads), and AVIF for the page sizes', async () => {
    const res = await upload('poster.png', await png(2000, 1500), 'image/png')
    expect(res.status).toBe(201)
    const sizes = res.body.doc!.sizes!
    expect(sizes.og).toMatchObject({ width: 1200, height: 630, mimeType: 'image/jpeg' })
    expect(sizes.card).toMatchObject({ width: 640, height: 360, mimeType: 'image/webp' })
    expect(sizes.thumbnail).toMatchObject({ width: 320, height: 320 })
    expect(sizes.hero).toMatchObject({ width: 1600, mimeType: 'image/webp' })
    expect(sizes.thumbnailAvif).toMatchObject({ width: 320, height: 320, mimeType: 'image/avif' })
    expect(sizes.cardAvif).toMatchObject({ width: 640, height: 360, mimeType: 'image/avif' })
    expect(sizes.heroAvif).toMatchObject({ width: 1600, mimeType: 'image/avif' })
    expect(sizes.ogAvif).toBeUndefined()
    const avif = await fetch(new URL(sizes.cardAvif.url!, server().url), staff())
    expect(avif.headers.get('content-type')).toBe('image/avif')
    // A fresh name each time sizes are made, which is what makes year-long caching safe.
    expect(sizes.cardAvif.url).toMatch(/-[0-9a-f]{8}-640x360\.avif$/)
  })

  it('refuses SVG with 415, suggesting PNG', async () => {
    await refused(
      'logo.svg',
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'image/svg+xml',
      415,
      /PNG/,
    )
  })

  it('refuses a PNG sent as audio/mpeg with 415', async () => {
    await refused(
      'song.mp3',
      await png(),
      'audio/mpeg',
      415,
      /PNG image, but it was sent as audio\/mpeg/,
    )
  })

  it('refuses HTML dressed as an image with 415', async () => {
    await refused(
      'photo.jpg',
      '<!DOCTYPE html><html><script>steal()</script></html>',
      'image/jpeg',
      415,
      /HTML or script/,
    )
  })

  it('refuses a truncated JPEG with 400', async () => {
    const jpeg = await jpegWithGps(800, 600)
    await refused(
      'cut.jpg',
      jpeg.subarray(0, Math.floor(jpeg.length / 2)),
      'image/jpeg',
      400,
      /truncated or corrupt/,
    )
  })

  it('refuses a pixel bomb with 413', async () => {
    await refused('bomb.png', await pixelBomb(), 'image/png', 413, /30000×30000 pixels/)
  })

  it('stores hostile or overlong file names under a safe name inside MEDIA_DIR', async () => {
    const cases: [string, RegExp][] = [
      ['../../etc/\u202Egpj.exe.png', /^upload-[0-9a-f]{12}\.png$/],
      [`${'ສ'.repeat(300)}.png`, /^upload-[0-9a-f]{12}\.png$/],
      ['..\\..\\boot.ini.png', /^[\p{L}\p{N}_-]+\.png$/u],
    ]
    for (const [name, expected] of cases) {
      const res = await upload(name, await png(), 'image/png')
      expect(res.status).toBe(201)
      const stored = res.body.doc!.filename
      expect(stored).toMatch(expected)
      expect(fs.existsSync(path.join(mediaDir(), stored))).toBe(true)
    }
  })

  it('answers 400, not 500, to a multipart body a client could not have meant (NUL in a name)', async () => {
    await refused('nul\u0000.png', await png(), 'image/png', 400, /multipart body is malformed/)
  })
})

describe('captions and audio', () => {
  it('accepts valid WebVTT sent as text/vtt or octet-stream', async () => {
    const res = await upload('ep1.lo.vtt', vtt.good, 'application/octet-stream')
    expect(res.status).toBe(201)
    expect(res.body.doc!.mimeType).toBe('text/vtt')
  })

  it('refuses WebVTT without its header, naming line 1', async () => {
    await refused(
      'bad.vtt',
      vtt.noHeader,
      'text/vtt',
      400,
      /^Line 1 of the captions: A WebVTT file must start/,
    )
  })

  it('refuses a cue that ends before it starts, with its line number', async () => {
    await refused(
      'back.vtt',
      vtt.backwards,
      'text/vtt',
      400,
      /^Line 6 of the captions: The cue ends/,
    )
  })

  it('answers 413 past the captions limit of 1 MB', async () => {
    const big =
      'WEBVTT\n\n' +
      '00:00:00.000 --> 00:00:01.000\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\n'.repeat(
        25_000,
      )
    await refused('big.vtt', big, 'text/vtt', 413, /Caption files may be at most 1 MB/)
  })

  it('serves audio with Range: 206 with Content-Range, and 416 past the end', async () => {
    const res = await upload('spot.wav', wav(1), 'audio/wav')
    expect(res.status).toBe(201)
    const url = new URL(res.body.doc!.url, server().url)
    const part = await fetch(url, { headers: { ...staff().headers, Range: 'bytes=0-99' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toMatch(/^bytes 0-99\/16044$/)
    expect((await part.arrayBuffer()).byteLength).toBe(100)
    const past = await fetch(url, { headers: { ...staff().headers, Range: 'bytes=999999-' } })
    expect(past.status).toBe(416)
  })
})

describe('privacy of unpublished media', () => {
  it('keeps a file private until published work uses it, and private again after', async () => {
    const photo = await upload('shelter-visit.png', await png(64, 64), 'image/png', 'Shelter visit')
    expect(photo.status).toBe(201)
    const { id, url } = photo.body.doc!
    const fileUrl = new URL(url, server().url)
    expect((await fetch(fileUrl)).status).toBe(403)
    expect((await api(`/api/media/${id}`)).status).toBe(404)

    const news = await api<{ doc: { id: number } }>('/api/news?draft=true', {
      method: 'POST',
      token: admin,
      body: { title: 'Draft with photo', heroImage: id },
    })
    expect(news.status).toBe(201)
    expect((await fetch(fileUrl)).status).toBe(403)

    await api(`/api/news/${news.body.doc.id}`, {
      method: 'PATCH',
      token: admin,
      body: { _status: 'published' },
    })
    expect((await fetch(fileUrl)).status).toBe(200)
    expect((await api(`/api/media/${id}`)).status).toBe(200)

    await api(`/api/news/${news.body.doc.id}`, {
      method: 'PATCH',
      token: admin,
      body: { _status: 'draft' },
    })
    expect((await fetch(fileUrl)).status).toBe(403)
  })
})

describe('serving files', () => {
  it('sends nosniff, caches sizes for a year and originals briefly, and offers ?download=1', async () => {
    const photo = await upload('Campaign poster.png', await png(800, 600), 'image/png', 'Poster')
    const doc = photo.body.doc!
    await api('/api/news', {
      method: 'POST',
      token: admin,
      body: { title: 'Poster news', heroImage: doc.id, _status: 'published' },
    })
    const original = await fetch(new URL(doc.url, server().url))
    expect(original.status).toBe(200)
    expect(original.headers.get('x-content-type-options')).toBe('nosniff')
    expect(original.headers.get('cache-control')).toMatch(/^public, max-age=300/)
    const size = await fetch(new URL(doc.sizes!.card.url!, server().url))
    expect(size.status).toBe(200)
    expect(size.headers.get('content-type')).toBe('image/webp')
    expect(size.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const download = await fetch(new URL(`${doc.url}?download=1`, server().url))
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="${doc.filename}"; filename*=UTF-8''${doc.filename}`,
    )
  })

  it('sends a file with its length, ETag and Last-Modified, answers 304 and one range, as nginx would', async () => {
    const { docs } = (
      await api<{ docs: { audio: { url: string; filesize: number } }[] }>(
        // A demo song: the newest may be another test's, without audio.
        '/api/songs?where[slug][equals]=call-1300&depth=1',
      )
    ).body
    const { url, filesize } = docs[0].audio
    const file = new URL(url, server().url)
    const whole = await fetch(file)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-length')).toBe(String(filesize))
    expect(whole.headers.get('accept-ranges')).toBe('bytes')
    expect(whole.headers.get('x-accel-redirect')).toBeNull()
    const etag = whole.headers.get('etag')!
    const modified = whole.headers.get('last-modified')!
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/)
    expect(Date.parse(modified)).toBeLessThanOrEqual(Date.now())
    expect((await whole.arrayBuffer()).byteLength).toBe(filesize)
    // A download manager or podcast app that has the file asks whether it changed.
    expect((await fetch(file, { headers: { 'If-None-Match': etag } })).status).toBe(304)
    expect((await fetch(file, { headers: { 'If-Modified-Since': modified } })).status).toBe(304)
    // HEAD shows the size without the bytes.
    const head = await fetch(file, { method: 'HEAD' })
    expect(head.headers.get('content-length')).toBe(String(filesize))
    // Resuming: the rest of the file; the last bytes; past the end; a stale If-Range.
    const rest = await fetch(file, { headers: { Range: `bytes=${filesize - 10}-` } })
    expect(rest.status).toBe(206)
    expect(rest.headers.get('content-range')).toBe(
      `bytes ${filesize - 10}-${filesize - 1}/${filesize}`,
    )
    expect(rest.headers.get('content-length')).toBe('10')
    expect((await rest.arrayBuffer()).byteLength).toBe(10)
    const tail = await fetch(file, { headers: { Range: 'bytes=-5' } })
    expect([tail.status, tail.headers.get('content-length')]).toEqual([206, '5'])
    const past = await fetch(file, { headers: { Range: `bytes=${filesize}-` } })
    expect([past.status, past.headers.get('content-range')]).toEqual([416, `bytes */${filesize}`])
    const stale = await fetch(file, { headers: { Range: 'bytes=0-9', 'If-Range': '"old"' } })
    expect([stale.status, stale.headers.get('content-length')]).toEqual([200, String(filesize)])
    // Saying a proxy sends files, without one, skips nothing: an empty answer that names the file.
    const spoofed = await fetch(file, { headers: { 'X-Siang-Sends-Files': 'nginx' } })
    expect(spoofed.status).toBe(200)
    expect(spoofed.headers.get('x-accel-redirect')).toMatch(/^\/_siang\/media\/public\//)
    expect((await spoofed.arrayBuffer()).byteLength).toBe(0)
  })

  it('serves WebVTT as text/vtt, and never caches what a signed-in user fetched', async () => {
    const res = await upload('ep.vtt', vtt.good, 'text/vtt')
    const file = await fetch(new URL(res.body.doc!.url, server().url), staff())
    expect(file.headers.get('content-type')).toBe('text/vtt; charset=utf-8')
    expect(file.headers.get('cache-control')).toBe('private, no-cache')
    expect(await file.text()).toBe(vtt.good)
  })

  it("takes a 56 MB upload: no middleware cuts the body at 10 MB, nor Payload's 50 MB default", async () => {
    const res = await upload('long-spot.wav', wav(3500), 'audio/wav')
    expect(res.status).toBe(201)
    expect(res.body.doc!.mimeType).toBe('audio/wav')
    expect((res.body.doc as unknown as { filesize: number }).filesize).toBeGreaterThan(56_000_000)
  })
})

describe('a database that refuses the document', () => {
  it('gets an error answer, and the upload leaves no file, temp file or document', async () => {
    // A real refusal from the server's own SQLite file: a trigger, added from outside.
    await copiesSettled(admin)
    const db = createClient({ url: server().databaseURI })
    // The server may be writing: wait for its lock rather than fail with SQLITE_BUSY.
    await db.execute('PRAGMA busy_timeout = 10000')
    await db.execute(`CREATE TRIGGER refuse_upload BEFORE INSERT ON media
      WHEN NEW.filename LIKE 'refuse-%' BEGIN SELECT RAISE(ABORT, 'refused by the database'); END`)
    try {
      await refused('refuse-me.png', await png(800, 600), 'image/png', 500, /./)
    } finally {
      await db.execute('DROP TRIGGER refuse_upload')
      db.close()
    }
  })
})
