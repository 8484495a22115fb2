import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import exifr from 'exifr'
import type { Payload } from 'payload'
import { jpegWithGps } from '../fixtures/media'
import { bootPayload, engine } from '../helpers/payload'
import { startS3, type S3Service } from '../helpers/s3'

const bucket = 'siang-test'
let payload: Payload
let s3rver: S3Service
let client: S3Client
let env: Record<string, string> = {}

async function keys(): Promise<string[]> {
  const res = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
  return (res.Contents ?? []).map((o) => o.Key!).sort()
}

beforeAll(async () => {
  // A real S3-compatible server on loopback; Siang is pointed at it through S3_* only.
  const s3 = await startS3(bucket)
  s3rver = s3.server
  client = s3.client
  env = s3.env
  Object.assign(process.env, env)
  payload = await bootPayload()
}, 60_000)

afterAll(async () => {
  await payload?.destroy()
  await s3rver?.close()
  for (const name of Object.keys(env)) delete process.env[name]
})

describe(`S3 storage (${engine})`, () => {
  it('stores the original and its sizes in the bucket, without GPS, and not in MEDIA_DIR', async () => {
    const data = await jpegWithGps(1300, 800)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'in S3' },
      file: { data, mimetype: 'image/jpeg', name: 'field-visit.jpg', size: data.length },
    })
    // The same address as with local storage (absolute, on SERVER_URL).
    expect(new URL(doc.url!, 'http://siang.test').pathname).toBe(`/api/media/file/${doc.filename}`)
    const stored = await keys()
    expect(stored).toContain(doc.filename)
    for (const size of Object.values(doc.sizes ?? {}))
      if (size?.filename) expect(stored).toContain(size.filename)
    const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: doc.filename! }))
    const bytes = Buffer.from(await object.Body!.transformToByteArray())
    expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined()
    const mediaDir = process.env.MEDIA_DIR!
    expect(fs.existsSync(path.join(mediaDir, doc.filename!))).toBe(false)
  })

  it('removes the objects when the media document is deleted', async () => {
    const data = await jpegWithGps(400, 300)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'to delete' },
      file: { data, mimetype: 'image/jpeg', name: 'delete-me.jpg', size: data.length },
    })
    expect(await keys()).toContain(doc.filename)
    await payload.delete({ collection: 'media', id: doc.id })
    expect((await keys()).filter((k) => k.startsWith('delete-me'))).toEqual([])
  })
})
