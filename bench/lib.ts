/** The benchmark harness: results in one shape, a table, and bench/results/latest.json. */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { root } from '../tooling/paths'
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../tooling/server'

export type Result = {
  name: string
  /** null when the benchmark could not run; `target` then says why. */
  value: number | null
  unit: string
  /** The figure it is compared with, measured in the same run where possible. */
  baseline: number | null
  ratio: number | null
  /** What counts as good, in words a reader can check against value or ratio. */
  target: string
  ok: boolean | null
}

/** The pages the site benchmarks measure: the home page and a detail page of each kind. */
export const sitePages = [
  '/lo',
  '/lo/songs/call-1300',
  '/lo/dramas/the-job-offer/the-job-offer-1',
  '/lo/tv/ask-three-questions',
  '/lo/news/committee-first-half-2020-results',
  // ສາຍດ່ວນ, "hotline": results made for the query, never kept.
  '/lo/search?q=%E0%BA%AA%E0%BA%B2%E0%BA%8D%E0%BA%94%E0%BB%88%E0%BA%A7%E0%BA%99',
]

export type Benchmark = { name: string; run: () => Promise<Result[]> }

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits

export function result(
  r: Omit<Result, 'ratio' | 'value'> & { value: number; ratio?: number | null },
): Result {
  const ratio = r.ratio !== undefined ? r.ratio : r.baseline ? round(r.value / r.baseline, 3) : null
  return {
    ...r,
    value: round(r.value),
    baseline: r.baseline === null ? null : round(r.baseline),
    ratio,
  }
}

/** A row for a benchmark that could not run here, saying why; never a made-up number. */
export function notRun(name: string, why: string): Result {
  return {
    name,
    value: null,
    unit: '',
    baseline: null,
    ratio: null,
    target: `not run: ${why}`,
    ok: null,
  }
}

export function printTable(results: Result[]): void {
  const rows = results.map((r) => [
    r.name,
    r.value === null ? '—' : `${r.value} ${r.unit}`,
    r.baseline === null ? '' : `${r.baseline} ${r.unit}`,
    r.ratio === null ? '' : String(r.ratio),
    r.target,
    r.ok === null ? '' : r.ok ? 'ok' : 'MISSED',
  ])
  const head = ['benchmark', 'value', 'baseline', 'ratio', 'target', '']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  console.log(line(head))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
}

/**
 * Writes the run to bench/results/latest.json and keeps a copy named by its date
 * (bench/results/2026-11-28T12-30-00Z.json), committed, so that a regression shows against
 * earlier runs.
 */
export function writeResults(
  results: Result[],
  file = path.join(import.meta.dirname, 'results', 'latest.json'),
): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const date = new Date().toISOString()
  const report = { date, node: process.version, cpus: os.cpus().length, results }
  const text = JSON.stringify(report, null, 2) + '\n'
  fs.writeFileSync(file, text)
  const kept = path.join(path.dirname(file), `${date.slice(0, 19).replace(/:/g, '-')}Z.json`)
  fs.writeFileSync(kept, text)
  console.log(
    `\nwritten to ${path.relative(process.cwd(), file)} and ${path.relative(process.cwd(), kept)}`,
  )
}

/** The p-th percentile (0–100) of some measurements, nearest rank. */
export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** Signs in as the server's admin (tooling/server's account); the token for `Authorization: JWT`. */
export async function adminToken(url: string): Promise<string> {
  const res = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  })
  const body = (await res.json()) as { token?: string }
  if (res.status !== 200 || !body.token) throw new Error(`admin login answered ${res.status}`)
  return body.token
}

/**
 * Runs a bench worker (`bench/benchmarks/<script>.ts`, beside its benchmark) in its own process, in development mode with Payload
 * quiet: the Payload config reads DATABASE_URI when it loads. Progress on stderr shows as it
 * comes; the figures are the last line of its stdout, as JSON.
 */
export function runWorker<T>(script: string, env: NodeJS.ProcessEnv): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      ['--conditions=production', `bench/benchmarks/${script}.ts`],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...env, NODE_ENV: 'development', PAYLOAD_LOG_LEVEL: 'error' },
      },
    )
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()!) as T)
        : reject(new Error(`bench/benchmarks/${script}.ts exited with ${code}`)),
    )
  })
}
