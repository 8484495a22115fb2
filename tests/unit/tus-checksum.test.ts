import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Upload } from '@tus/server'
import { pieceChecksum, withPieceChecksum } from '../../src/media/tusChecksum'
import { tusStore } from '../../src/media/tusStore'
import { tempDir } from '../helpers/payload'

let dir: string
const before = process.env.TUS_DIR

beforeAll(() => {
  dir = tempDir('siang-tus-checksum-')
  process.env.TUS_DIR = dir
})

afterAll(() => {
  if (before === undefined) delete process.env.TUS_DIR
  else process.env.TUS_DIR = before
})

const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('base64')
const withHeader = (value: string) =>
  new Request('http://localhost/api/tus/x', { headers: { 'Upload-Checksum': value } })

/** A new upload of `size` bytes in TUS_DIR. */
async function newUpload(id: string, size: number) {
  const store = await tusStore()
  await store.create(new Upload({ id, size, offset: 0, metadata: { filename: `${id}.mp3` } }))
  return store
}

describe('the tus checksum extension', () => {
  it('reads "sha1 <base64>", and says why it cannot check anything else', () => {
    const digest = sha1(Buffer.from('piece'))
    expect(pieceChecksum(new Request('http://localhost/'))).toBeNull()
    expect(pieceChecksum(withHeader(`sha1 ${digest}`))).toEqual({
      algorithm: 'sha1',
      digest: Buffer.from(digest, 'base64'),
    })
    expect(pieceChecksum(withHeader(`SHA1 ${digest}`))).toMatchObject({ algorithm: 'sha1' })
    expect(pieceChecksum(withHeader(`md5 ${digest}`))).toEqual({
      refusal: expect.stringMatching(/sha1.*not md5/),
    })
    for (const bad of ['sha1', `sha1 ${digest} extra`, 'sha1 not*base64', 'sha1 AAAA', ''])
      expect(pieceChecksum(withHeader(bad))).toHaveProperty('refusal')
  })

  it('keeps a piece whose bytes match, and discards one that does not, leaving the offset', async () => {
    const store = await newUpload('checked', 20)
    const first = Buffer.alloc(10, 1)
    const written = await withPieceChecksum(withHeader(`sha1 ${sha1(first)}`), () =>
      store.write(Readable.from(first), 'checked', 0),
    )
    expect(written).toBe(10)
    const damaged = Buffer.alloc(10, 2)
    await expect(
      withPieceChecksum(withHeader(`sha1 ${sha1(Buffer.alloc(10, 3))}`), () =>
        store.write(Readable.from(damaged), 'checked', 10),
      ),
    ).rejects.toMatchObject({ status_code: 460 })
    expect((await store.getUpload('checked')).offset).toBe(10)
    expect(fs.readFileSync(path.join(dir, 'checked'))).toEqual(first)
    // Without a checksum a piece is written as it comes.
    expect(await store.write(Readable.from(damaged), 'checked', 10)).toBe(20)
  })

  it('discards a piece with a checksum that breaks off midway', async () => {
    const store = await newUpload('cut', 20)
    const piece = Buffer.alloc(20, 4)
    async function* breaksOff() {
      yield piece.subarray(0, 8)
      throw new Error('connection reset')
    }
    await expect(
      withPieceChecksum(withHeader(`sha1 ${sha1(piece)}`), () =>
        store.write(Readable.from(breaksOff()), 'cut', 0),
      ),
    ).rejects.toBeTruthy()
    expect((await store.getUpload('cut')).offset).toBe(0)
  })
})
