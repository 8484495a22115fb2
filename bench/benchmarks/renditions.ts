/**
 * The data-saver copies (src/media/renditions.ts), through the same code the job runs: a
 * 3-minute 128 kbps stereo MP3 (a song as a studio sends it) and a 1-minute 720p phone video at
 * 2.5 Mbps, made here with ffmpeg, uploaded through the Local API to a scratch database, then
 * copied. Rows: bytes saved per minute of media, and encoding time per minute of media.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { result, round, type Benchmark, type Result } from '../lib'

const MB = 1024 * 1024

export const renditionsBench: Benchmark = {
  name: 'renditions',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-bench-renditions-'))
    process.env.DATABASE_URI = `file:${path.join(dir, 'siang.db')}`
    process.env.MEDIA_DIR = path.join(dir, 'media')
    process.env.JOBS_AUTORUN = 'false'
    process.env.PAYLOAD_SECRET ??= 'bench-secret-0123456789abcdef0123456789abcdef'
    const { ffmpegInfo } = await import('../../src/media/ffmpeg')
    const { makeRenditions } = await import('../../src/media/renditions')
    const { default: config } = await import('../../src/payload.config')
    const { createLocalReq, getPayload } = await import('payload')
    const ff = await ffmpegInfo()
    const make = (file: string, args: string[]) => {
      execFileSync(ff.path, ['-hide_banner', '-loglevel', 'error', '-y', ...args, file])
      return file
    }
    const song = make(path.join(dir, 'song.mp3'), [
      '-f', 'lavfi', '-i', 'sine=frequency=330:duration=180',
      '-f', 'lavfi', '-i', 'anoisesrc=d=180:a=0.05',
      '-filter_complex', 'amix=inputs=2,aformat=channel_layouts=stereo',
      '-c:a', 'libmp3lame', '-b:a', '128k',
    ]) // prettier-ignore
    const video = make(path.join(dir, 'phone.mp4'), [
      '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=30:duration=60',
      '-f', 'lavfi', '-i', 'sine=frequency=440:duration=60',
      '-c:v', 'libx264', '-preset', 'veryfast', '-b:v', '2500k', '-pix_fmt', 'yuv420p',
      '-c:a', 'aac', '-b:a', '128k', '-shortest',
    ]) // prettier-ignore
    const payload = await getPayload({ config })
    const req = await createLocalReq({}, payload)
    const rows: Result[] = []
    try {
      for (const [kind, file] of [
        ['audio', song],
        ['video', video],
      ] as const) {
        const doc = await payload.create({
          collection: 'media',
          data: { alt: 'bench' },
          filePath: file,
        })
        const minutes = (doc.duration ?? 0) / 60
        const started = performance.now()
        const made = await makeRenditions(req, doc.id)
        const seconds = (performance.now() - started) / 1000
        if (made?.status !== 'done') throw new Error(`no ${kind} copy: ${JSON.stringify(made)}`)
        const saved = ((doc.filesize ?? 0) - made.bytes!) / MB / minutes
        console.log(
          `[bench] ${kind}: ${((doc.filesize ?? 0) / MB).toFixed(2)} MB → ${(made.bytes! / MB).toFixed(2)} MB ` +
            `over ${minutes.toFixed(2)} min in ${seconds.toFixed(1)} s (ffmpeg ${ff.source} ${ff.version})`,
        )
        const share = made.bytes! / (doc.filesize ?? Infinity)
        rows.push(
          result({
            name: `rendition-${kind}-saved-mb-per-min`,
            value: saved,
            unit: 'MiB/min',
            baseline: (doc.filesize ?? 0) / MB / minutes,
            ratio: round(1 - share, 3),
            target: 'the copy at most half the original (ratio = share saved ≥ 0.5)',
            ok: share <= 0.5,
          }),
          result({
            name: `rendition-${kind}-s-per-min`,
            value: seconds / minutes,
            unit: 's/min',
            baseline: null,
            target: kind === 'audio' ? '≤ 5 s per minute of audio' : '≤ 60 s per minute of video',
            ok: seconds / minutes <= (kind === 'audio' ? 5 : 60),
          }),
        )
      }
    } finally {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    }
    return rows
  },
}
