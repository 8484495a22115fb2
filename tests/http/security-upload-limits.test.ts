/**
 * Class: limits a client must not be able to skip. Resumable uploads (tus) must keep each kind's
 * size limit on every piece, take no upload of unknown size, cap how many one person has under
 * way, and take from the client only what it may say about its upload.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, server, staffLogin } from '../helpers/http'
import { tusRequests } from '../helpers/tus'

const { tus, create, send } = tusRequests(() => server().url)
const b64 = (s: string) => Buffer.from(s).toString('base64')
const MB = 1024 * 1024
let editor: string

beforeAll(async () => {
  const admin = await adminLogin()
  editor = await staffLogin(admin, 'editor', `limits-${Date.now()}`)
})

describe('resumable uploads keep their limits', () => {
  it('refuses an upload of unknown size (Upload-Defer-Length), so no piece can outgrow its kind', async () => {
    const res = await tus(editor, 'POST', '/api/tus', {
      'Upload-Defer-Length': '1',
      'Upload-Metadata': `filename ${b64('big.png')},filetype ${b64('image/png')},mode ${b64('keep')}`,
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).not.toBe(500)
    expect(res.headers.get('location')).toBeNull()
    const options = await tus(null, 'OPTIONS', '/api/tus')
    expect(options.headers.get('tus-extension') ?? '').not.toMatch(/creation-defer-length/)
  })

  it('refuses a declared size over the kind limit (413), and a piece past the declared size', async () => {
    const over = await create(editor, 'huge.png', 'image/png', 30 * MB, 'keep')
    expect(over.status).toBe(413)
    expect(await over.text()).toMatch(/Images may be at most 25 MB/)
    const small = await create(editor, 'small.png', 'image/png', 1024, 'keep')
    expect(small.status).toBe(201)
    const url = small.headers.get('location')!
    // Four times the declared size: small enough that the whole piece is written before the
    // answer (a 30 MB piece met the 413 mid-write, and the client saw a broken pipe instead).
    const piece = await send(editor, url, 0, new Uint8Array(4096))
    expect(piece.status).toBe(413)
    const head = await tus(editor, 'HEAD', url)
    expect(Number(head.headers.get('upload-offset'))).toBeLessThanOrEqual(1024)
    expect((await tus(editor, 'DELETE', url)).status).toBe(204)
  }, 60_000)

  it("keeps the owner and the document link out of the client's hands", async () => {
    const res = await tus(editor, 'POST', '/api/tus', {
      'Upload-Length': '10',
      'Upload-Metadata': `filename ${b64('a.mp3')},filetype ${b64('audio/mpeg')},doc ${b64('1')},owner ${b64('1')}`,
    })
    expect(res.status).toBe(201)
    const url = res.headers.get('location')!
    const head = await tus(editor, 'HEAD', url)
    expect(head.status).toBe(200)
    // Not "complete as document 1": nothing was sent yet.
    expect(head.headers.get('upload-offset')).toBe('0')
    const said = head.headers.get('upload-metadata') ?? ''
    expect(said).not.toMatch(/\bdoc\b/)
    expect(said).not.toContain(`owner ${b64('1')}`)
    expect((await tus(editor, 'DELETE', url)).status).toBe(204)
  })

  it('caps the uploads one person has under way (429), and frees a place when one goes', async () => {
    const urls: string[] = []
    for (let i = 0; i < 5; i++) {
      const res = await create(editor, `part-${i}.mp3`, 'audio/mpeg', 1000)
      expect(res.status).toBe(201)
      urls.push(res.headers.get('location')!)
    }
    const sixth = await create(editor, 'part-6.mp3', 'audio/mpeg', 1000)
    expect(sixth.status).toBe(429)
    expect(await sixth.text()).toMatch(/5 uploads under way/)
    expect((await tus(editor, 'DELETE', urls.pop()!)).status).toBe(204)
    const again = await create(editor, 'part-7.mp3', 'audio/mpeg', 1000)
    expect(again.status).toBe(201)
    urls.push(again.headers.get('location')!)
    for (const url of urls) await tus(editor, 'DELETE', url)
  })
})
