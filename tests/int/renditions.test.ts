import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { parseFile } from 'music-metadata'
import type { Payload } from 'payload'
import { ffmpegInfo } from '@/media/ffmpeg'
import { releaseStuckRenditions } from '@/media/renditions'
import type { Media } from '@/payload-types'
import { engine, payloadForFile, tempDir } from '../helpers/payload'

// Failed tries are retried at once here, not after a minute.
process.env.RENDITION_RETRY_MS = '0'
const payload = payloadForFile()
const p = () => payload() as Payload
const seedAsset = (name: string) => path.resolve('seed/assets', name)
const dir = tempDir('siang-renditions-')

const upload = (file: string, alt = 'test') =>
  p().create({ collection: 'media', data: { alt }, filePath: file }) as Promise<Media>
const read = (id: number) => p().findByID({ collection: 'media', id, depth: 0 }) as Promise<Media>
const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : (v as number))
const fileOf = (m: Media) => path.join(p().collections.media.config.upload.staticDir!, m.filename!)
const runRenditions = (silent = false) => p().jobs.run({ queue: 'media', limit: 10, silent })

/** A 640×480 test picture with a tone, at a high bitrate: a phone's video, small. */
let bigVideo: string

beforeAll(async () => {
  const { path: bin } = await ffmpegInfo()
  bigVideo = path.join(dir, 'phone-video.mp4')
  execFileSync(bin, [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', 'testsrc2=size=640x480:rate=25:duration=6',
    '-f', 'lavfi', '-i', 'sine=frequency=440:duration=6',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', '3M', '-pix_fmt', 'yuv420p',
    '-c:a', 'aac', '-b:a', '128k', '-shortest', bigVideo,
  ]) // prettier-ignore
})

describe(`data-saver renditions (${engine})`, () => {
  it('find an ffmpeg with libopus, libx264 and AAC', async () => {
    const info = await ffmpegInfo()
    expect(['FFMPEG_PATH', 'system', 'npm']).toContain(info.source)
    expect(info.version).toMatch(/\S/)
  })

  it('make a small Opus copy of each demo song and spot, as long as the original', async () => {
    for (const name of ['audio/song-call-1300.mp3', 'audio/radio-check-the-agency.mp3']) {
      const original = await upload(seedAsset(name))
      expect(original.liteStatus).toBe('queued')
      await runRenditions()
      const done = await read(original.id)
      expect(done).toMatchObject({ liteStatus: 'done', liteNote: null })
      const lite = await read(idOf(done.lite))
      expect(lite).toMatchObject({ mimeType: 'audio/ogg', channels: 1, public: false })
      expect(idOf(lite.renditionOf)).toBe(original.id)
      expect(done.liteBytes).toBe(lite.filesize)
      expect(lite.filesize!).toBeLessThan(original.filesize! * 0.8)
      expect(Math.abs(lite.duration! - original.duration!)).toBeLessThanOrEqual(0.2)
      // The file itself, not just the stored figure.
      const measured = (await parseFile(fileOf(lite), { duration: true })).format.duration!
      expect(Math.abs(measured - original.duration!)).toBeLessThanOrEqual(0.2)
    }
  }, 120_000)

  it('make a 360p copy and a poster frame of a video, and skip the copy of a video already small', async () => {
    const big = await upload(bigVideo)
    await runRenditions()
    const done = await read(big.id)
    expect(done.liteStatus).toBe('done')
    const lite = await read(idOf(done.lite))
    expect(lite).toMatchObject({ mimeType: 'video/mp4', width: 480, height: 360 })
    expect(Math.abs(lite.duration! - big.duration!)).toBeLessThanOrEqual(0.2)
    expect(lite.filesize!).toBeLessThan(big.filesize! / 2)
    const poster = await read(idOf(done.poster))
    expect(poster).toMatchObject({ mimeType: 'image/jpeg', width: 640, height: 480 })
    expect(idOf(poster.renditionOf)).toBe(big.id)

    const demo = await upload(seedAsset('video/tv-know-the-hotline.mp4'))
    await runRenditions()
    const skipped = await read(demo.id)
    expect(skipped).toMatchObject({ liteStatus: 'skipped', lite: null })
    expect(skipped.liteNote).toMatch(/already small/i)
    expect(idOf(skipped.poster)).toBeGreaterThan(0)
  }, 180_000)

  it('follow the original into public use, and are never offered as a song’s audio', async () => {
    const original = await upload(seedAsset('audio/song-safe-road-home.mp3'))
    await runRenditions()
    const liteId = idOf((await read(original.id)).lite)
    const song = await p().create({
      collection: 'songs',
      data: { title: 'Public song', audio: original.id, _status: 'published' } as never,
    })
    expect((await read(original.id)).public).toBe(true)
    expect((await read(liteId)).public).toBe(true)
    await expect(
      p().update({ collection: 'songs', id: song.id, data: { audio: liteId } as never }),
    ).rejects.toMatchObject({ status: 400 })
  }, 60_000)

  it('go with their original when it is deleted, files and all', async () => {
    const original = await upload(bigVideo)
    await runRenditions()
    const done = await read(original.id)
    const copies = [idOf(done.lite), idOf(done.poster)]
    const files = await Promise.all(copies.map(async (id) => fileOf(await read(id))))
    expect(files.every((f) => fs.existsSync(f))).toBe(true)
    await p().delete({ collection: 'media', id: original.id })
    const left = await p().find({ collection: 'media', where: { id: { in: copies } } })
    expect(left.totalDocs).toBe(0)
    expect(files.some((f) => fs.existsSync(f))).toBe(false)
  }, 120_000)

  it('retry a failure, then say why it failed', async () => {
    const original = await upload(seedAsset('audio/song-too-good-to-be-true.mp3'))
    // The stored file is damaged after the upload was accepted.
    fs.writeFileSync(fileOf(original), Buffer.from('not audio at all'))
    await runRenditions(true)
    const first = await read(original.id)
    expect(first.liteStatus).toBe('retrying')
    expect(first.liteNote).toMatch(/ffmpeg failed/)
    for (let i = 0; i < 4; i++) await runRenditions(true)
    const last = await read(original.id)
    expect(last.liteStatus).toBe('failed')
    expect(last.liteNote).toMatch(/ffmpeg failed/)
    const { docs } = await p().find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'makeRenditions' }, hasError: { equals: true } },
    })
    expect(docs.map((j) => (j.input as { media: string }).media)).toContain(String(original.id))
  }, 120_000)

  it('hand a job whose process died back to the queue, and then make the copy', async () => {
    const original = await upload(seedAsset('audio/radio-before-you-go.mp3'))
    const { docs } = await p().find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'makeRenditions' }, completedAt: { exists: false } },
    })
    const job = docs.find((j) => (j.input as { media: string }).media === String(original.id))!
    // As a crash leaves it: taken, never finished. The runner skips it.
    await p().update({ collection: 'payload-jobs', id: job.id, data: { processing: true } })
    await runRenditions()
    expect((await read(original.id)).liteStatus).toBe('queued')
    // Not yet old enough to be given up on.
    expect(await releaseStuckRenditions(p())).toBe(0)
    expect(await releaseStuckRenditions(p(), 0)).toBe(1)
    await runRenditions()
    expect((await read(original.id)).liteStatus).toBe('done')
  }, 60_000)
})
