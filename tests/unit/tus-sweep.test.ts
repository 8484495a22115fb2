import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Upload } from '@tus/server'
import { sweepPartialUploads, tusStore } from '../../src/media/tusStore'
import { tempDir } from '../helpers/payload'

const day = 24 * 60 * 60 * 1000
let dir: string
const before = process.env.TUS_DIR

beforeAll(() => {
  dir = tempDir('siang-tus-sweep-')
  process.env.TUS_DIR = dir
})

afterAll(() => {
  if (before === undefined) delete process.env.TUS_DIR
  else process.env.TUS_DIR = before
})

/** An upload made `age` ago, with `sent` of its 10 bytes. */
async function upload(id: string, age: number, sent: number, mode?: string) {
  const store = await tusStore()
  await store.create(
    new Upload({
      id,
      size: 10,
      offset: 0,
      metadata: { filename: `${id}.mp3`, ...(mode ? { mode } : {}) },
      creation_date: new Date(Date.now() - age).toISOString(),
    }),
  )
  if (sent) await store.write(Readable.from(Buffer.alloc(sent, 1)), id, 0)
}

describe('the hourly sweep of resumable uploads', () => {
  it('removes uploads older than the expiry: unfinished, kept for a form never saved, or made into a document', async () => {
    await upload('old-half', 3 * day, 5)
    await upload('old-kept', 3 * day, 10, 'keep')
    await upload('new-half', 60 * 1000, 5)
    await upload('new-kept', 60 * 1000, 10, 'keep')
    // An upload that became a document keeps only its description, which says so.
    await upload('new-made', 60 * 1000, 10)
    const store = await tusStore()
    await store.madeDocument(await store.getUpload('new-made'), 42)
    expect(fs.statSync(path.join(dir, 'new-made')).size).toBe(0)
    expect(await store.getUpload('new-made')).toMatchObject({
      offset: 10,
      size: 10,
      metadata: { doc: '42' },
    })
    expect(await sweepPartialUploads()).toBe(2)
    const left = fs
      .readdirSync(dir)
      .filter((f) => !f.endsWith('.json'))
      .sort()
    expect(left).toEqual(['new-half', 'new-kept', 'new-made'])
    expect(fs.existsSync(path.join(dir, 'old-kept.json'))).toBe(false)
    // A shorter expiry takes the rest.
    process.env.TUS_EXPIRY_HOURS = '0'
    try {
      expect(await sweepPartialUploads()).toBe(3)
    } finally {
      delete process.env.TUS_EXPIRY_HOURS
    }
    expect(fs.readdirSync(dir)).toEqual([])
  })
})
