/**
 * A second tus client: tuspy, from Debian (`apt-get install python3-tuspy`), sending a song in
 * pieces with sha1 checksums over a link that damages one of them, then the media form's save of
 * the finished upload.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, api, copiesSettled, server } from '../helpers/http'
import { tusRequests } from '../helpers/tus'

const exec = promisify(execFile)
/** Debian's Python, where python3-tuspy installs (a python3 earlier on PATH may not have it). */
const PYTHON = '/usr/bin/python3'
const song = fs.readFileSync(path.resolve('seed/assets/audio/song-call-1300.mp3'))
const PIECE = 64 * 1024
let admin: string

const { tus, receipt, saveWithUpload } = tusRequests(() => server().url)

beforeAll(async () => {
  await exec(PYTHON, ['-c', 'import tusclient']).catch(() => {
    throw new Error(
      `tuspy is missing for ${PYTHON}: apt-get install python3-tuspy (CI's .ci/run installs it)`,
    )
  })
  admin = await adminLogin()
})

describe('uploads from tuspy, a Python tus client', () => {
  it('sends a song in checked pieces, one sent again after it was damaged on the way, which the media form saves with the same bytes', async () => {
    await copiesSettled(admin)
    const name = `tuspy-${Date.now()}.mp3`
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-tuspy-'))
    const file = path.join(dir, name)
    fs.writeFileSync(file, song)
    try {
      const { stdout } = await exec(PYTHON, [
        'tests/helpers/tuspy-upload.py',
        `${server().url}/api/tus`,
        admin,
        file,
        'audio/mpeg',
        String(PIECE),
        '2',
      ])
      const sent = JSON.parse(stdout) as { url: string; offset: number; answers: number[] }
      expect(sent.offset).toBe(song.length)
      // Five pieces; the third, damaged, refused (460) and sent again.
      expect(sent.answers).toEqual([204, 204, 460, 204, 204, 204])
      const id = sent.url.split('/').pop()!
      expect((await tus(admin, 'HEAD', sent.url)).headers.get('upload-offset')).toBe(
        String(song.length),
      )

      const signed = await receipt(admin, id, name)
      expect(signed.status).toBe(200)
      const saved = await saveWithUpload(admin, signed.reference, name, 'audio/mpeg', song.length)
      expect(saved.status).toBe(201)
      expect(saved.body.doc?.filename).toBe(name)
      const stored = await fetch(new URL(`/api/media/file/${name}`, server().url), {
        headers: { Authorization: `JWT ${admin}` },
      })
      expect(stored.status).toBe(200)
      expect(Buffer.from(await stored.arrayBuffer()).equals(song)).toBe(true)
      const doc = await api<{ filesize: number; mimeType: string }>(
        `/api/media/${saved.body.doc!.id}?depth=0`,
        { token: admin },
      )
      expect(doc.body).toMatchObject({ filesize: song.length, mimeType: 'audio/mpeg' })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
