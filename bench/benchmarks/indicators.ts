/**
 * The p95 of the indicators roll-up (`/api/reach/indicators`, which works the reach summary out
 * first) for a half-year with 18 provinces, 200 stations, 20,000 broadcasts and 1,000,000 daily
 * counts (indicatorsWorker.ts), nationally, for one province, and province by province (the
 * reach page's table and map, `/api/reach/indicators/provinces`). The targets: what a staff
 * member on the reach page would wait for.
 */
import fs from 'node:fs'
import { ensureBuild, launchServer, stopServer } from '../../tooling/server'
import { adminToken, percentile, result, runWorker, type Benchmark, type Result } from '../lib'

const ROLL_UPS = 10

type Filled = { period: string; counts: number; broadcasts: number }

export const indicatorsBench: Benchmark = {
  name: 'indicators',
  async run(): Promise<Result[]> {
    ensureBuild()
    let filled: Filled | undefined
    const site = await launchServer({}, async (env) => {
      filled = await runWorker<Filled>('indicatorsWorker', env)
    })
    try {
      const { period, counts, broadcasts } = filled!
      const token = await adminToken(site.url)
      const out: Result[] = []
      for (const [scope, path, most] of [
        ['national', '/api/reach/indicators?', 2000],
        ['one province', '/api/reach/indicators?province=LA-SV&', 1000],
        ['by province', '/api/reach/indicators/provinces?', 2500],
      ] as const) {
        const rollUp = async () => {
          const started = performance.now()
          const res = await fetch(`${site.url}${path}period=${period}`, {
            headers: { Authorization: `JWT ${token}` },
          })
          const body = (await res.json()) as { indicators?: unknown[]; provinces?: unknown[] }
          if (res.status !== 200 || !(body.indicators ?? body.provinces)?.length)
            throw new Error(`${path} answered ${res.status} without indicators`)
          return performance.now() - started
        }
        const times: number[] = []
        try {
          await rollUp()
          for (let i = 0; i < ROLL_UPS; i++) times.push(await rollUp())
        } catch (err) {
          // A roll-up that cannot be made at this size is the finding: say why, with the server's
          // last words.
          const log = fs.readFileSync(`${site.dir}/server.log`, 'utf8').trim().split('\n')
          const said = log.filter((line) => /FATAL|out of memory|Error/i.test(line))
          out.push({
            name: `indicators-roll-up-p95-ms (${scope})`,
            value: null,
            unit: 'ms',
            baseline: null,
            ratio: null,
            target: `FAILED with ${counts.toLocaleString('en')} counts: ${(err as Error).message}; server: ${(said.length ? said : log).slice(-2).join(' | ').slice(0, 300)}`,
            ok: false,
          })
          break
        }
        out.push(
          result({
            name: `indicators-roll-up-p95-ms (${scope})`,
            value: percentile(times, 95),
            unit: 'ms',
            baseline: null,
            target: `≤ ${most} ms with ${counts.toLocaleString('en')} counts, ${broadcasts.toLocaleString('en')} broadcasts, 200 stations, 18 provinces; p50 ${percentile(times, 50).toFixed(0)} ms`,
            ok: percentile(times, 95) <= most,
          }),
        )
      }
      return out
    } finally {
      stopServer(site.pid)
      fs.rmSync(site.dir, { recursive: true, force: true })
    }
  },
}
