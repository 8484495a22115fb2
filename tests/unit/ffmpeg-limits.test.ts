/**
 * Class: unbounded work. A file that makes ffmpeg hang must not hold the one-slot media queue
 * for good: the encode is killed when it stops making progress or runs past its limit, and the
 * reason is what the admin shows. A stand-in binary plays the hung ffmpeg.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { encodeLimits, runEncoder } from '@/media/ffmpeg'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-ffmpeg-'))
const pidFile = path.join(dir, 'pid')

/** A "ffmpeg" that reports progress `times` times, a tenth of a second apart, then hangs. */
function fakeFfmpeg(times: number): string {
  const file = path.join(dir, `ffmpeg-${times}`)
  fs.writeFileSync(
    file,
    `#!/bin/sh\necho $$ > ${pidFile}\ni=0\nwhile [ $i -lt ${times} ]; do echo out_time_us=$((i*1000000)); i=$((i+1)); sleep 0.1; done\nexec sleep 600\n`,
  )
  fs.chmodSync(file, 0o755)
  return file
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('ffmpeg runs within time limits', () => {
  it('kills an encode that stops making progress, and says so', async () => {
    const seen: number[] = []
    const started = Date.now()
    await expect(
      runEncoder(fakeFfmpeg(3), ['in', 'out'], {
        // Far longer than the tenth of a second between its reports, even on a loaded machine
        // (at 1 s, CI once killed it between its second and third report).
        stallMs: 3_000,
        limitMs: 60_000,
        onProgress: (s) => seen.push(s),
      }),
    ).rejects.toThrow(/stopped: no progress for/)
    // Killed, not left to its 600 s sleep.
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(seen).toEqual([0, 1, 2])
    expect(alive(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(false)
  })

  it('reads every progress line, when several arrive at once or one arrives in two parts', async () => {
    const file = path.join(dir, 'ffmpeg-bunched')
    fs.writeFileSync(
      file,
      `#!/bin/sh\necho $$ > ${pidFile}\nprintf 'frame=1\\nout_time_us=0\\nout_time_us=1000000\\nout_time_us=2'\nsleep 0.2\nprintf '000000\\nprogress=end\\n'\n`,
    )
    fs.chmodSync(file, 0o755)
    const seen: number[] = []
    await runEncoder(file, ['in', 'out'], {
      stallMs: 5_000,
      limitMs: 10_000,
      onProgress: (s) => seen.push(s),
    })
    expect(seen).toEqual([0, 1, 2])
  })

  it('kills an encode that keeps reporting but runs past its limit', async () => {
    await expect(
      runEncoder(fakeFfmpeg(1000), ['in', 'out'], { stallMs: 5_000, limitMs: 1_500 }),
    ).rejects.toThrow(/stopped: still running after/)
    expect(alive(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(false)
  })

  it('gives a file time in proportion to its length', () => {
    expect(encodeLimits(60).limitMs).toBe(300_000)
    expect(encodeLimits(3600).limitMs).toBeGreaterThan(3600_000)
    expect(encodeLimits(Number.NaN).limitMs).toBe(120_000)
  })
})
