import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import { wav } from '../fixtures/media'
import { startS3, type S3Service } from '../helpers/s3'
import { madeCopy } from '../helpers/http'
import { tusRequests } from '../helpers/tus'
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  launchServer,
  stopServer,
  type Launched,
} from '../../tooling/server'

/*
 * A second `npm start`, pointed at a real S3-compatible server (s3rver on loopback) through the
 * S3_* variables only: files go to the bucket, and are served at the same URLs, with Range.
 */
const bucket = 'siang-http'
let s3rver: S3Service
let client: S3Client
let site: Launched
let token: string

const keys = async () =>
  ((await client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map(
    (o) => o.Key!,
  )

beforeAll(async () => {
  const s3 = await startS3(bucket)
  s3rver = s3.server
  client = s3.client
  site = await launchServer({ SEED_DEMO: '0', ...s3.env })
  const res = await fetch(`${site.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  })
  token = ((await res.json()) as { token: string }).token
}, 150_000)

afterAll(async () => {
  if (site) {
    stopServer(site.pid)
    fs.rmSync(site.dir, { recursive: true, force: true })
  }
  await s3rver?.close()
})

describe('media on S3-compatible storage, over HTTP', () => {
  const audio = wav(1)
  let doc: { id: number; filename: string; url: string }

  it('stores an upload in the bucket and nothing in MEDIA_DIR', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(audio)], { type: 'audio/wav' }), 'spot.wav')
    form.append('_payload', JSON.stringify({ alt: 'spot' }))
    const res = await fetch(`${site.url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(res.status).toBe(201)
    doc = ((await res.json()) as { doc: typeof doc }).doc
    expect(new URL(doc.url, site.url).pathname).toBe(`/api/media/file/${doc.filename}`)
    doc.url = new URL(doc.url, site.url).pathname
    expect(await keys()).toContain(doc.filename)
    const mediaDir = path.join(site.dir, 'media')
    expect(fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : []).toEqual([])
  })

  it("keeps the original's own bytes in the bucket once its data-saver copy is stored", async () => {
    // The copy is stored, then the original's status written, by one job on one request: the
    // storage plugin must not carry the copy's file over into the second write.
    const original = await madeCopy(doc.filename, token, site.url)
    expect(original).toMatchObject({ liteStatus: 'done', filesize: audio.length })
    expect(await keys()).toContain(`${path.parse(doc.filename).name}-lite.ogg`)
    const stored = await client.send(new GetObjectCommand({ Bucket: bucket, Key: doc.filename }))
    expect(Buffer.from(await stored.Body!.transformToByteArray())).toEqual(audio)
  })

  it("takes a file sent in pieces from the media form's field, into the bucket", async () => {
    // S3's plugin makes Payload ask for a signed receipt in place of the file; the form has one.
    const bytes = wav(2)
    const name = `form-spot-${Date.now()}.wav`
    const { saved } = await tusRequests(() => site.url).sendAndSave(token, name, 'audio/wav', bytes)
    expect(saved.status).toBe(201)
    expect(await keys()).toContain(name)
    const file = await fetch(`${site.url}/api/media/file/${name}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(Buffer.from(await file.arrayBuffer())).toEqual(bytes)
  })

  it('serves it at the same URL, whole and by Range (206), with 416 past the end', async () => {
    const auth = { Authorization: `JWT ${token}` }
    const whole = await fetch(`${site.url}${doc.url}`, { headers: auth })
    expect(whole.status).toBe(200)
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(audio)

    const part = await fetch(`${site.url}${doc.url}`, {
      headers: { ...auth, Range: 'bytes=100-199' },
    })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${audio.length}`)
    expect(Buffer.from(await part.arrayBuffer())).toEqual(audio.subarray(100, 200))

    const past = await fetch(`${site.url}${doc.url}`, {
      headers: { ...auth, Range: `bytes=${audio.length + 10}-` },
    })
    expect(past.status).toBe(416)
  })

  it('keeps an unpublished file private from anonymous callers', async () => {
    const res = await fetch(`${site.url}${doc.url}`)
    expect(res.status).toBe(403)
  })

  it('removes the object after the document on delete', async () => {
    const res = await fetch(`${site.url}/api/media/${doc.id}`, {
      method: 'DELETE',
      headers: { Authorization: `JWT ${token}` },
    })
    expect(res.status).toBe(200)
    expect(
      (
        await fetch(`${site.url}/api/media/${doc.id}`, {
          headers: { Authorization: `JWT ${token}` },
        })
      ).status,
    ).toBe(404)
    expect(await keys()).not.toContain(doc.filename)
  })
})
