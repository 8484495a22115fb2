/** HTTP load with wrk (Debian's `apt-get install wrk`): a JavaScript load generator saturates first. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

export type Load = { rps: number; p50: number; p99: number }

export const WRK = process.env.WRK_PATH || (fs.existsSync('/usr/bin/wrk') ? '/usr/bin/wrk' : null)

/** Milliseconds from wrk's "12.34ms" / "870.00us" / "1.20s". */
function ms(value: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim())
  if (!m) throw new Error(`wrk latency not understood: ${value}`)
  const n = Number(m[1])
  return m[2] === 'us' ? n / 1000 : m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60_000
}

/**
 * `wrk -t2 -c50 -d10s` on one URL, with a Lua `script` and its `env` if given (what the script
 * prints is in `output`).
 * Refuses to report a run that had error responses, unless `errorsAllowed` (the script then
 * tells them apart).
 */
export function wrk(
  url: string,
  {
    script,
    env,
    timeout,
    errorsAllowed = false,
  }: {
    script?: string
    env?: Record<string, string>
    /** wrk leaves answers slower than this (2 s unless set) out of its percentiles. */
    timeout?: string
    errorsAllowed?: boolean
  } = {},
): Load & { output: string } {
  const args = ['-t2', '-c50', '-d10s', '--latency', ...(timeout ? ['--timeout', timeout] : [])]
  args.push(...(script ? ['-s', script] : []), url)
  const out = execFileSync(WRK!, args, { encoding: 'utf8', env: { ...process.env, ...env } })
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out)
  const p50 = /^\s+50%\s+(\S+)/m.exec(out)
  const p99 = /^\s+99%\s+(\S+)/m.exec(out)
  const errors = /Non-2xx or 3xx responses:\s+(\d+)/.exec(out)
  if (!rps || !p50 || !p99) throw new Error(`wrk output not understood:\n${out}`)
  if (errors && !errorsAllowed) throw new Error(`${url}: ${errors[1]} error responses under load`)
  return { rps: Number(rps[1]), p50: ms(p50[1]), p99: ms(p99[1]), output: out }
}
