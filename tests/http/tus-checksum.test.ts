import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, api, copiesSettled, server } from '../helpers/http'
import { siangConf, startNginx, type Nginx } from '../../tooling/nginx'
import { tusRequests } from '../helpers/tus'

const song = fs.readFileSync(path.resolve('seed/assets/audio/radio-before-you-go.mp3'))
const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('base64')
const checksum = (bytes: Uint8Array) => ({ 'Upload-Checksum': `sha1 ${sha1(bytes)}` })
let admin: string

const { tus, create, send } = tusRequests(() => server().url)

const offsetOf = async (url: string) => (await tus(admin, 'HEAD', url)).headers.get('upload-offset')

const mediaNamed = async (name: string) =>
  (
    await api<{ totalDocs: number }>(`/api/media?limit=0&where[filename][equals]=${name}`, {
      token: admin,
    })
  ).body.totalDocs

let proxy: Nginx

beforeAll(async () => {
  admin = await adminLogin()
  proxy = await startNginx((port, dir) => siangConf(new URL(server().url).host, port, dir))
})

afterAll(() => {
  proxy?.stop()
})

describe('the tus checksum extension (sha1) at /api/tus', () => {
  it('is offered: OPTIONS names the checksum extension and sha1', async () => {
    const res = await fetch(new URL('/api/tus', server().url), { method: 'OPTIONS' })
    expect(res.status).toBe(204)
    expect(res.headers.get('tus-extension')?.split(',')).toContain('checksum')
    expect(res.headers.get('tus-checksum-algorithm')).toBe('sha1')
  })

  it('keeps a piece that matches its checksum, refuses a damaged one with 460 and the offset unchanged, and finishes after', async () => {
    await copiesSettled(admin)
    const name = `tus-checksum-${Date.now()}.mp3`
    const created = await create(admin, name, 'audio/mpeg', song.length)
    expect(created.status).toBe(201)
    const url = created.headers.get('location')!
    const half = Math.floor(song.length / 2)
    const first = song.subarray(0, half)
    const good = await send(admin, url, 0, first, checksum(first))
    expect(good.status).toBe(204)
    expect(good.headers.get('upload-offset')).toBe(String(half))

    // The last piece, one byte flipped on the way: refused and discarded, and no document made.
    const rest = song.subarray(half)
    const damaged = Buffer.from(rest)
    damaged[100] ^= 0xff
    const refused = await send(admin, url, half, damaged, checksum(rest))
    expect(refused.status).toBe(460)
    expect(await refused.text()).toMatch(/checksum/i)
    expect(await offsetOf(url)).toBe(String(half))
    expect(await mediaNamed(name)).toBe(0)

    // Sent again whole, it is kept, and the upload becomes a document with the file's bytes.
    const again = await send(admin, url, half, rest, checksum(rest))
    expect(again.status).toBe(200)
    const { doc } = (await again.json()) as { doc: { filename: string } }
    expect(doc.filename).toBe(name)
    const file = await fetch(new URL(`/api/media/file/${doc.filename}`, server().url), {
      headers: { Authorization: `JWT ${admin}` },
    })
    expect(Buffer.from(await file.arrayBuffer()).equals(song)).toBe(true)
    expect(await mediaNamed(name)).toBe(1)
  })

  it('answers a checksum it cannot check with 400 and writes nothing', async () => {
    const url = (
      await create(admin, `tus-checksum-bad-${Date.now()}.mp3`, 'audio/mpeg', song.length)
    ).headers.get('location')!
    const piece = song.subarray(0, 1000)
    const md5 = createHash('md5').update(piece).digest('base64')
    const unknown = await send(admin, url, 0, piece, { 'Upload-Checksum': `md5 ${md5}` })
    expect(unknown.status).toBe(400)
    expect(await unknown.text()).toMatch(/sha1.*not md5/)
    for (const malformed of [sha1(piece), `sha1 ${sha1(piece)} more`, 'sha1 AAAA'])
      expect((await send(admin, url, 0, piece, { 'Upload-Checksum': malformed })).status).toBe(400)
    expect(await offsetOf(url)).toBe('0')
    expect((await tus(admin, 'DELETE', url)).status).toBe(204)
  })

  it('says the same through deploy/nginx/siang.conf, as a phone on a weak link meets it', async () => {
    const through = tusRequests(() => proxy.url)
    const created = await through.create(
      admin,
      `tus-checksum-nginx-${Date.now()}.mp3`,
      'audio/mpeg',
      song.length,
    )
    expect(created.status).toBe(201)
    const url = created.headers.get('location')!
    const piece = song.subarray(0, 4096)
    const damaged = Buffer.from(piece)
    damaged[0] ^= 0xff
    expect((await through.send(admin, url, 0, damaged, checksum(piece))).status).toBe(460)
    expect((await through.tus(admin, 'HEAD', url)).headers.get('upload-offset')).toBe('0')
    const kept = await through.send(admin, url, 0, piece, checksum(piece))
    expect(kept.status).toBe(204)
    expect(kept.headers.get('upload-offset')).toBe('4096')
    expect((await through.tus(admin, 'DELETE', url)).status).toBe(204)
  })
})
