import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, api, copiesSettled, login, server } from '../helpers/http'

const song = fs.readFileSync(path.resolve('seed/assets/audio/song-safe-road-home.mp3'))
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const b64 = (s: string) => Buffer.from(s).toString('base64')
let admin: string
let editor: string

/** One tus request: the protocol's header, and the caller's token. */
const tus = (token: string | null, method: string, url: string, headers = {}, body?: Uint8Array) =>
  fetch(new URL(url, server().url), {
    method,
    headers: {
      'Tus-Resumable': '1.0.0',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body ? new Uint8Array(body) : undefined,
  })

async function create(token: string | null, name: string, type: string, size: number) {
  return tus(token, 'POST', '/api/tus', {
    'Upload-Length': String(size),
    'Upload-Metadata': `filename ${b64(name)},filetype ${b64(type)},alt ${b64('tus test')}`,
  })
}

const send = (token: string, url: string, offset: number, bytes: Uint8Array) =>
  tus(
    token,
    'PATCH',
    url,
    { 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
    bytes,
  )

const mediaNamed = async (prefix: string) =>
  (
    await api<{ totalDocs: number }>(`/api/media?limit=0&where[filename][like]=${prefix}`, {
      token: admin,
    })
  ).body.totalDocs

beforeAll(async () => {
  admin = await adminLogin()
  const email = `tus-editor-${Date.now()}@http.test`
  const made = await api('/api/users', {
    method: 'POST',
    token: admin,
    body: { email, password: 'a long enough password', roles: ['editor'] },
  })
  expect(made.status).toBe(201)
  editor = await login(email, 'a long enough password')
})

describe('resumable uploads (tus) at /api/tus', () => {
  it('refuse the anonymous, and a type that is not audio or video', async () => {
    expect((await create(null, 'a.mp3', 'audio/mpeg', 10)).status).toBe(401)
    const image = await create(admin, 'a.png', 'image/png', 10)
    expect(image.status).toBe(415)
    expect(await image.text()).toMatch(/audio and video/)
  })

  it('resume after a drop halfway, and give one media document with the same bytes', async () => {
    const name = `tus-song-${Date.now()}.mp3`
    const created = await create(admin, name, 'audio/mpeg', song.length)
    expect(created.status).toBe(201)
    const url = created.headers.get('location')!
    expect(url).toMatch(/^\/api\/tus\/\w+/)
    const half = Math.floor(song.length / 2)
    const first = await send(admin, url, 0, song.subarray(0, half))
    expect(first.status).toBe(204)
    // The connection drops; the client asks where to go on from.
    const head = await tus(admin, 'HEAD', url)
    expect(head.headers.get('upload-offset')).toBe(String(half))
    // Another user may not see or continue it.
    expect((await tus(editor, 'HEAD', url)).status).toBe(403)
    const rest = await send(admin, url, half, song.subarray(half))
    expect(rest.status).toBe(200)
    const { doc } = (await rest.json()) as { doc: { id: number; filename: string } }
    expect(doc.filename).toBe(name)
    const file = await fetch(new URL(`/api/media/file/${doc.filename}`, server().url), {
      headers: { Authorization: `JWT ${admin}` },
    })
    expect(file.status).toBe(200)
    expect(sha(new Uint8Array(await file.arrayBuffer()))).toBe(sha(song))
    expect(await mediaNamed(name)).toBe(1)
    // Read like any upload: its length, and private until published work uses it.
    const stored = await api<{ duration: number; public: boolean; mimeType: string }>(
      `/api/media/${doc.id}?depth=0`,
      { token: admin },
    )
    expect(stored.body).toMatchObject({ mimeType: 'audio/mpeg', public: false })
    expect(stored.body.duration).toBeGreaterThan(30)
    // The finished upload is gone from the tus store.
    expect((await tus(admin, 'HEAD', url)).status).toBe(404)
  })

  it('refuse a hostile file like any other upload, leaving no document', async () => {
    await copiesSettled(admin)
    const page = Buffer.from('<html><script>alert(1)</script></html>'.padEnd(4096, ' '))
    const name = `tus-hostile-${Date.now()}.mp3`
    const created = await create(admin, name, 'audio/mpeg', page.length)
    expect(created.status).toBe(201)
    const done = await send(admin, created.headers.get('location')!, 0, page)
    expect(done.status).toBe(415)
    expect(await done.text()).toMatch(/HTML|not|type/i)
    expect(await mediaNamed('tus-hostile')).toBe(0)
  })
})
