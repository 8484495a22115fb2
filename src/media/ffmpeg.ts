/**
 * ffmpeg for the data-saver renditions: FFMPEG_PATH if set, else the system's (Debian's
 * `ffmpeg`, faster), else the static build shipped in the npm package @ffmpeg-installer/ffmpeg.
 * Whichever it is must have libopus and libx264; `ffmpegInfo()` says which was picked and why.
 */
import { execFile, spawn } from 'node:child_process'
import { access, constants } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { setPriority } from 'node:os'
import { promisify } from 'node:util'
import { setting, type Env } from '../lib/env'

const run = promisify(execFile)

export type FfmpegInfo = { path: string; source: 'FFMPEG_PATH' | 'system' | 'npm'; version: string }

const SYSTEM = '/usr/bin/ffmpeg'
const NEEDED = ['libopus', 'libx264', 'aac']

async function executable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  )
}

/** The binary inside @ffmpeg-installer/ffmpeg, found at run time (never bundled). */
function npmBinary(): string | null {
  try {
    const require = createRequire(import.meta.url)
    return (require('@ffmpeg-installer/ffmpeg') as { path: string }).path
  } catch {
    return null
  }
}

async function check(path: string): Promise<{ version: string; missing: string[] }> {
  const { stdout: encoders } = await run(path, ['-hide_banner', '-encoders'], {
    maxBuffer: 4 << 20,
  })
  const { stdout: version } = await run(path, ['-hide_banner', '-version'])
  return {
    version: version
      .split('\n')[0]
      .replace(/^ffmpeg version /, '')
      .split(' ')[0],
    missing: NEEDED.filter((e) => !new RegExp(`\\s${e}\\s`).test(encoders)),
  }
}

let found: Promise<FfmpegInfo> | undefined

/** The ffmpeg to use, checked once per process; rejects with what is missing. */
export function ffmpegInfo(env?: Env): Promise<FfmpegInfo> {
  found ??= (async () => {
    const candidates: [string | null | undefined, FfmpegInfo['source']][] = [
      [setting('FFMPEG_PATH', env), 'FFMPEG_PATH'],
      [SYSTEM, 'system'],
      [npmBinary(), 'npm'],
    ]
    const problems: string[] = []
    for (const [path, source] of candidates) {
      if (!path) continue
      if (!(await executable(path))) {
        if (source === 'FFMPEG_PATH') problems.push(`FFMPEG_PATH ${path} is not an executable`)
        continue
      }
      try {
        const { version, missing } = await check(path)
        if (missing.length === 0) return { path, source, version }
        problems.push(`${path} lacks ${missing.join(', ')}`)
      } catch (err) {
        problems.push(`${path} does not run (${err instanceof Error ? err.message : String(err)})`)
      }
    }
    throw new Error(
      `No usable ffmpeg with ${NEEDED.join(', ')}: ${problems.join('; ') || 'none found'}. ` +
        'Install Debian’s ffmpeg (apt-get install ffmpeg) or set FFMPEG_PATH.',
    )
  })()
  found.catch(() => (found = undefined))
  return found
}

/** How long one ffmpeg run may take before it is killed. */
export type TimeLimits = {
  /** With no progress reported for this long, it has hung. */
  stallMs: number
  /** In all. */
  limitMs: number
}

/**
 * The limits for a file of `seconds`: encoding runs at about a quarter of real time here
 * (`npm run bench renditions`), so three times its length, plus two minutes, is far more than a
 * healthy encode needs, while a file that makes ffmpeg hang frees the one-slot queue.
 */
export function encodeLimits(seconds: number): TimeLimits {
  return { stallMs: 120_000, limitMs: (120 + 3 * Math.max(0, seconds || 0)) * 1000 }
}

type Run = TimeLimits & { onProgress?: (seconds: number) => void }

/**
 * Runs `binary` (ffmpeg) with `args` at low priority, killing it (SIGKILL) when it stalls or runs
 * past its limit: the error says which, and shows in the media's edit view. ffmpeg's own
 * `-timelimit` (CPU seconds) also stops it if the server dies and leaves it behind.
 */
export function runEncoder(
  binary: string,
  args: string[],
  { stallMs, limitMs, onProgress }: Run,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const cpuSeconds = String(Math.ceil(limitMs / 1000))
    const child = spawn(
      binary,
      [
        '-hide_banner',
        '-nostdin',
        '-y',
        '-timelimit',
        cpuSeconds,
        '-progress',
        'pipe:1',
        '-nostats',
        ...args,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    try {
      if (child.pid) setPriority(child.pid, 10)
    } catch {
      // Not allowed here: run at normal priority.
    }
    let stopped: string | null = null
    const stop = (why: string) => {
      stopped ??= why
      child.kill('SIGKILL')
    }
    const minutes = (ms: number) => `${Math.round(ms / 6000) / 10} min`
    let stall = setTimeout(() => stop(`no progress for ${minutes(stallMs)}`), stallMs)
    const limit = setTimeout(
      () => stop(`still running after ${minutes(limitMs)}, the most a file this long may take`),
      limitMs,
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000)
    })
    // Progress comes a line at a time, but a busy machine may hand over several lines in one
    // chunk, or half of one: each whole line is read.
    let partial = ''
    child.stdout.on('data', (chunk: Buffer) => {
      clearTimeout(stall)
      stall = setTimeout(() => stop(`no progress for ${minutes(stallMs)}`), stallMs)
      const lines = (partial + chunk.toString()).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) {
        const match = /^out_time_us=(\d+)/.exec(line.trim())
        if (match && onProgress) onProgress(Number(match[1]) / 1e6)
      }
    })
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(stall)
      clearTimeout(limit)
      if (code === 0 && !stopped) return resolve()
      if (stopped)
        return reject(
          new Error(
            `ffmpeg was stopped: ${stopped}. The file may be damaged; try exporting it again.`,
          ),
        )
      const last = stderr.trim().split('\n').slice(-3).join(' ').trim()
      reject(new Error(`ffmpeg failed (exit ${code}): ${last || 'no message'}`))
    })
  })
}

/** Runs the chosen ffmpeg (ffmpegInfo) with `args`, input and output included, within `run`'s limits. */
export async function ffmpeg(args: string[], run: Run): Promise<void> {
  const { path } = await ffmpegInfo()
  return runEncoder(path, args, run)
}

export type Probe = { duration: number | null; width: number | null; height: number | null }

/**
 * What ffmpeg reads from a file's header: its duration and its first video stream's frame size.
 * For what music-metadata cannot measure, such as a video with no sound track.
 */
export async function probe(file: string): Promise<Probe> {
  const { path } = await ffmpegInfo()
  // ffmpeg given only an input describes it on stderr and exits 1 ("no output file").
  const text = await new Promise<string>((resolve) =>
    execFile(
      path,
      ['-hide_banner', '-nostdin', '-i', file],
      { timeout: 30_000, killSignal: 'SIGKILL' },
      (_err, _out, stderr) => resolve(String(stderr)),
    ),
  )
  const time = /Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(text)
  const size = /Stream #[^\n]*Video:[^\n]*?, (\d{2,5})x(\d{2,5})[ ,]/.exec(text)
  return {
    duration: time ? Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3]) : null,
    width: size ? Number(size[1]) : null,
    height: size ? Number(size[2]) : null,
  }
}
