import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, api, copiesSettled, login, server } from '../helpers/http'
import { tusRequests } from '../helpers/tus'

const song = fs.readFileSync(path.resolve('seed/assets/audio/song-safe-road-home.mp3'))
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
let admin: string
let editor: string

const { tus, create, send, kept, receipt, saveWithUpload, sendAndSave } = tusRequests(
  () => server().url,
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
    // Asked again, as a client whose connection dropped while the document was made: the upload
    // is complete, and names its document, so the file is not sent a second time.
    const again = await tus(admin, 'HEAD', url)
    expect(again.status).toBe(200)
    expect(again.headers.get('upload-offset')).toBe(String(song.length))
    expect(again.headers.get('upload-metadata')).toContain(
      `doc ${Buffer.from(String(doc.id)).toString('base64')}`,
    )
    // Nothing more can be written to it.
    expect(
      (await send(admin, url, song.length, song.subarray(0, 10))).status,
    ).toBeGreaterThanOrEqual(400)
    expect(await mediaNamed(name)).toBe(1)
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

  it('keep an upload from the media form for its save, which makes it a media document with the same bytes', async () => {
    await copiesSettled(admin)
    const name = `tus-form-${Date.now()}.mp3`
    const { id, url } = await kept(admin, name, 'audio/mpeg', song)
    expect(await mediaNamed(name)).toBe(0)
    // Someone else gets no receipt for it, and cannot use its owner's.
    const theirs = await receipt(editor, id, name)
    expect(theirs.status).toBe(403)
    expect(theirs.body.errors?.[0].message).toMatch(/someone else/)
    const mine = await receipt(admin, id, name)
    expect(mine.status).toBe(200)
    expect(
      (await saveWithUpload(editor, mine.reference, name, 'audio/mpeg', song.length)).status,
    ).toBe(400)
    // Nor can a receipt be had for another name than the one it was signed for.
    expect(
      (await saveWithUpload(admin, mine.reference, `x-${name}`, 'audio/mpeg', song.length)).status,
    ).toBe(400)
    // A size the client claims is not the size that counts.
    const saved = await saveWithUpload(admin, mine.reference, name, 'audio/mpeg', 1)
    expect(saved.status).toBe(201)
    expect(saved.body.doc).toMatchObject({ filename: name, alt: 'Sent in pieces from the form' })
    const stored = await api<{ filesize: number; duration: number; mimeType: string }>(
      `/api/media/${saved.body.doc!.id}?depth=0`,
      { token: admin },
    )
    expect(stored.body).toMatchObject({ filesize: song.length, mimeType: 'audio/mpeg' })
    expect(stored.body.duration).toBeGreaterThan(30)
    const file = await fetch(new URL(`/api/media/file/${name}`, server().url), {
      headers: { Authorization: `JWT ${admin}` },
    })
    expect(sha(new Uint8Array(await file.arrayBuffer()))).toBe(sha(song))
    expect(await mediaNamed(name)).toBe(1)
    // Released once saved: it cannot be saved twice.
    expect((await tus(admin, 'HEAD', url)).status).toBe(404)
    const again = await saveWithUpload(admin, mine.reference, name, 'audio/mpeg', song.length)
    expect(again.status).toBe(404)
    expect(again.body.errors?.[0].message).toMatch(/gone/)
    expect((await receipt(admin, id, name)).status).toBe(404)

    // The field of a saved document takes a new file the same way, and releases it too.
    await copiesSettled(admin)
    const next = `tus-form-next-${Date.now()}.mp3`
    const { upload: replacement, saved: replaced } = await sendAndSave(
      admin,
      next,
      'audio/mpeg',
      song,
      saved.body.doc!.id,
    )
    expect(replaced.status).toBe(200)
    expect(replaced.body.doc?.filename).toBe(next)
    expect((await tus(admin, 'HEAD', replacement.url)).status).toBe(404)
  })

  it('refuse a save naming an unfinished, unknown or made-up upload, with the reason', async () => {
    await copiesSettled(admin)
    const name = `tus-form-half-${Date.now()}.mp3`
    const { id, url } = await kept(admin, name, 'audio/mpeg', song, 4096)
    const half = await receipt(admin, id, name)
    expect(half.status).toBe(409)
    expect(half.body.errors?.[0].message).toMatch(/not finished/)
    expect((await tus(admin, 'HEAD', url)).headers.get('upload-offset')).toBe('4096')
    expect((await receipt(admin, 'f'.repeat(32), name)).status).toBe(404)
    expect((await receipt(admin, 'not.an.id', name)).status).toBe(400)
    expect((await fetch(new URL(`/api/tus/${id}/receipt`, server().url))).status).toBe(401)
    // Only a receipt this server signed names an upload.
    for (const reference of [{ tus: id }, { signedReceipt: 'made.up' }, { s3: 'key' }]) {
      const refused = await saveWithUpload(admin, reference, name, 'audio/mpeg', 1)
      expect(refused.status).toBe(400)
      expect(refused.body.errors?.[0].message).toMatch(/reference/)
    }
    expect(await mediaNamed('tus-form-half')).toBe(0)
  })

  it('check a kept upload like any other: a hostile file is refused and dropped, an image gets its sizes', async () => {
    await copiesSettled(admin)
    const page = Buffer.from('<html><script>alert(1)</script></html>'.padEnd(4096, ' '))
    const hostile = `tus-form-hostile-${Date.now()}.mp3`
    const { upload: bad, saved: refused } = await sendAndSave(admin, hostile, 'audio/mpeg', page)
    expect(refused.status).toBe(415)
    expect(await mediaNamed('tus-form-hostile')).toBe(0)
    // It will never do, so it is not kept.
    expect((await tus(admin, 'HEAD', bad.url)).status).toBe(404)

    const jpeg = fs.readFileSync(path.resolve('seed/assets/images/campaign-first-half-2020.jpg'))
    const name = `tus-form-image-${Date.now()}.jpg`
    const { saved } = await sendAndSave(admin, name, 'image/jpeg', jpeg)
    expect(saved.status).toBe(201)
    const stored = await api<{
      mimeType: string
      sizes: Record<string, { filename: string | null }>
    }>(`/api/media/${saved.body.doc!.id}?depth=0`, { token: admin })
    expect(stored.body.mimeType).toBe('image/jpeg')
    expect(stored.body.sizes.thumbnail.filename).toBeTruthy()
  })

  it('take a POST with X-HTTP-Method-Override as the method meant, for networks that block PATCH', async () => {
    const name = `tus-override-${Date.now()}.mp3`
    const created = await create(admin, name, 'audio/mpeg', song.length)
    const url = created.headers.get('location')!
    const half = Math.floor(song.length / 2)
    const headers = {
      'X-HTTP-Method-Override': 'PATCH',
      'Content-Type': 'application/offset+octet-stream',
    }
    const first = await tus(
      admin,
      'POST',
      url,
      { ...headers, 'Upload-Offset': '0' },
      song.subarray(0, half),
    )
    expect(first.status).toBe(204)
    expect(first.headers.get('upload-offset')).toBe(String(half))
    const rest = await tus(
      admin,
      'POST',
      url,
      { ...headers, 'Upload-Offset': String(half) },
      song.subarray(half),
    )
    expect(rest.status).toBe(200)
    const { doc } = (await rest.json()) as { doc: { filename: string } }
    expect(doc.filename).toBe(name)
    const file = await fetch(new URL(`/api/media/file/${doc.filename}`, server().url), {
      headers: { Authorization: `JWT ${admin}` },
    })
    expect(sha(new Uint8Array(await file.arrayBuffer()))).toBe(sha(song))
    // DELETE by override ends an upload as DELETE does.
    const other = (await create(admin, `tus-gone-${Date.now()}.mp3`, 'audio/mpeg', 10)).headers.get(
      'location',
    )!
    expect((await tus(admin, 'POST', other, { 'X-HTTP-Method-Override': 'DELETE' })).status).toBe(
      204,
    )
    expect((await tus(admin, 'HEAD', other)).status).toBe(404)
  })

  it('answer a protocol version it does not speak with 412 and the one it does, and a piece of the wrong type with 415', async () => {
    const url = (await create(admin, `tus-v-${Date.now()}.mp3`, 'audio/mpeg', 10)).headers.get(
      'location',
    )!
    const old = await tus(admin, 'HEAD', url, { 'Tus-Resumable': '0.2.2' })
    expect(old.status).toBe(412)
    expect(old.headers.get('tus-version')).toBe('1.0.0')
    const wrong = await tus(
      admin,
      'PATCH',
      url,
      { 'Upload-Offset': '0', 'Content-Type': 'text/plain' },
      new Uint8Array(10),
    )
    expect(wrong.status).toBe(415)
    expect(await wrong.text()).toMatch(/application\/offset\+octet-stream/)
    // Nothing was written.
    expect((await tus(admin, 'HEAD', url)).headers.get('upload-offset')).toBe('0')
  })
})
