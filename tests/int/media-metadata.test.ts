import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ffmpegInfo } from '@/media/ffmpeg'
import { fixture, wav } from '../fixtures/media'
import { engine, payloadForFile, tempDir } from '../helpers/payload'

const payload = payloadForFile()

function upload(name: string, data: Buffer, mimetype: string) {
  return payload().create({
    collection: 'media',
    data: { alt: name },
    file: { data, mimetype, name, size: data.length },
  })
}

describe(`audio and video metadata (${engine})`, () => {
  it.each([
    ['tone.mp3', 'audio/mpeg', 'audio/mpeg', 2.04, 64, 2],
    ['tone.m4a', 'audio/mp4', 'audio/mp4', 2.02, 49, 2],
    ['tone.opus', 'audio/ogg', 'audio/ogg', 2, 16, 1],
  ])(
    'reads %s: type, duration, bitrate and channels',
    async (name, sent, stored, duration, kbps, channels) => {
      const doc = await upload(name, fixture(name), sent)
      expect(doc.mimeType).toBe(stored)
      expect(doc.duration).toBeCloseTo(duration, 1)
      expect(doc.bitrate).toBeGreaterThanOrEqual(kbps - 2)
      expect(doc.bitrate).toBeLessThanOrEqual(kbps + 2)
      expect(doc.channels).toBe(channels)
    },
  )

  it('reads WAV sent as application/octet-stream', async () => {
    const doc = await upload('spot.wav', wav(1.5), 'application/octet-stream')
    expect(doc.mimeType).toBe('audio/wav')
    expect(doc.duration).toBeCloseTo(1.5, 2)
    expect(doc.channels).toBe(1)
  })

  it.each([
    ['clip.mp4', 'video/mp4'],
    ['clip.webm', 'video/webm'],
  ])('reads %s: duration and frame size', async (name, mime) => {
    const doc = await upload(name, fixture(name), mime)
    expect(doc.mimeType).toBe(mime)
    expect(doc.duration).toBeCloseTo(1.5, 1)
    expect([doc.width, doc.height]).toEqual([320, 180])
  })

  it('reads a video without a sound track (a screen recording), through ffmpeg', async () => {
    const dir = tempDir('siang-silent-')
    const file = path.join(dir, 'silent.mp4')
    execFileSync((await ffmpegInfo()).path, [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25:duration=2.5',
      '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', file,
    ]) // prettier-ignore
    const doc = await upload('screen.mp4', fs.readFileSync(file), 'video/mp4')
    expect(doc.mimeType).toBe('video/mp4')
    expect(doc.duration).toBeCloseTo(2.5, 1)
    expect([doc.width, doc.height]).toEqual([640, 360])
  })

  it('copies a song’s duration from its audio', async () => {
    const audio = await upload('song.mp3', fixture('tone.mp3'), 'audio/mpeg')
    const song = await payload().create({
      collection: 'songs',
      data: { title: 'Tone', audio: audio.id },
    })
    expect(song.duration).toBeCloseTo(2.04, 1)
  })

  it('refuses a corrupt MP3 and a truncated MP4 with 400, leaving no document', async () => {
    const before = (await payload().count({ collection: 'media' })).totalDocs
    const mp3 = fixture('tone.mp3')
    const sync = mp3.indexOf(Buffer.from([0xff, 0xfb]))
    const noise = Buffer.concat([mp3.subarray(0, sync + 4), Buffer.alloc(3000)])
    await expect(upload('noise.mp3', noise, 'audio/mpeg')).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/truncated or corrupt/),
    })
    const cut = fixture('clip.mp4').subarray(0, 2000)
    // Payload's own ISO media check may answer first; either way the message names the problem.
    const err = await upload('cut.mp4', cut, 'video/mp4').catch((e) => e)
    expect(err.status).toBe(400)
    expect(`${err.message} ${JSON.stringify(err.data ?? '')}`).toMatch(/corrupt/i)
    expect((await payload().count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('refuses a video sent as audio with 415', async () => {
    await expect(upload('clip.mp3', fixture('clip.mp4'), 'audio/mpeg')).rejects.toMatchObject({
      status: 415,
      message: expect.stringMatching(/MP4 video, but it was sent as audio\/mpeg/),
    })
  })
})
