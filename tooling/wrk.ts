/** HTTP load with wrk (Debian's `apt-get install wrk`): a JavaScript load generator saturates first. */
import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { promisify } from 'node:util'

const run = promisify(execFile)

export type Load = { rps: number; p50: number; p99: number }

export const WRK = process.env.WRK_PATH || (fs.existsSync('/usr/bin/wrk') ? '/usr/bin/wrk' : null)

/** Milliseconds from wrk's "12.34ms" / "870.00us" / "1.20s". */
function ms(value: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim())
  if (!m) throw new Error(`wrk latency not understood: ${value}`)
  const n = Number(m[1])
  return m[2] === 'us' ? n / 1000 : m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60_000
}

type Options = {
  script?: string
  env?: Record<string, string>
  /** wrk leaves answers slower than this (2 s unless set) out of its percentiles. */
  timeout?: string
  errorsAllowed?: boolean
  connections?: number
  seconds?: number
}

function args(url: string, { script, timeout, connections = 50, seconds = 10 }: Options): string[] {
  return [
    '-t2',
    `-c${connections}`,
    `-d${seconds}s`,
    '--latency',
    ...(timeout ? ['--timeout', timeout] : []),
    ...(script ? ['-s', script] : []),
    url,
  ]
}

/**
 * What wrk printed. Refuses to report a run that had error responses or socket errors, unless
 * `errorsAllowed` (the script then tells them apart).
 */
function parse(url: string, out: string, errorsAllowed = false): Load & { output: string } {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out)
  const p50 = /^\s+50%\s+(\S+)/m.exec(out)
  const p99 = /^\s+99%\s+(\S+)/m.exec(out)
  const errors = /Non-2xx or 3xx responses:\s+(\d+)/.exec(out)
  if (!rps || !p50 || !p99) throw new Error(`wrk output not understood:\n${out}`)
  if (errors && !errorsAllowed) throw new Error(`${url}: ${errors[1]} error responses under load`)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)
  if (socket && !errorsAllowed && socket.slice(1).some((n) => Number(n) > 0))
    throw new Error(`${url}: socket errors under load (${socket[0]})`)
  return { rps: Number(rps[1]), p50: ms(p50[1]), p99: ms(p99[1]), output: out }
}

/** `wrk -t2 -c50 -d10s` on one URL, with a Lua `script` and its `env` if given. */
export function wrk(url: string, options: Options = {}): Load & { output: string } {
  const out = execFileSync(WRK!, args(url, options), {
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  })
  return parse(url, out, options.errorsAllowed)
}

/** The same, without blocking this process (its own requests go on meanwhile). */
export async function wrkAsync(
  url: string,
  options: Options = {},
): Promise<Load & { output: string }> {
  const { stdout } = await run(WRK!, args(url, options), {
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  })
  return parse(url, stdout, options.errorsAllowed)
}
