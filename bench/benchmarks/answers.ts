/**
 * Quizzes and polls: how many attempts `npm start` takes a second (`wrk -t2 -c50 -d10s`, each an
 * attempt with a profile from one of 2,000 visitors, through the real endpoint), and the p95 of
 * the reach roll-up (`/api/reach/summary`, which adds the answers up by age, sex and province)
 * with 100,000 attempts and 100,000 votes in the half-year (answersWorker.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { ensureBuild, launchServer, stopServer } from '../../tooling/server'
import { WRK, wrk } from '../../tooling/wrk'
import {
  adminToken,
  notRun,
  percentile,
  result,
  runWorker,
  type Benchmark,
  type Result,
} from '../lib'

const ROLL_UPS = 60

type Filled = { answers: number; rows: number; quiz: string }

export const answersBench: Benchmark = {
  name: 'answers',
  async run(): Promise<Result[]> {
    ensureBuild()
    let filled: Filled | undefined
    const site = await launchServer({ TRUST_PROXY_HOPS: '1' }, async (env) => {
      filled = await runWorker<Filled>('answersWorker', env)
    })
    try {
      const { answers, rows, quiz } = filled!
      const token = await adminToken(site.url)
      const rollUp = async () => {
        const started = performance.now()
        const res = await fetch(`${site.url}/api/reach/summary`, {
          headers: { Authorization: `JWT ${token}` },
        })
        const body = (await res.json()) as { answers?: { quizzes: { attempts: unknown }[] } }
        if (res.status !== 200 || !body.answers?.quizzes.length)
          throw new Error(`/api/reach/summary answered ${res.status} without answers`)
        return performance.now() - started
      }
      for (let i = 0; i < 5; i++) await rollUp()
      const times: number[] = []
      for (let i = 0; i < ROLL_UPS; i++) times.push(await rollUp())
      const p95 = percentile(times, 95)
      const out: Result[] = [
        result({
          name: 'answers-roll-up-p95-ms',
          value: p95,
          unit: 'ms',
          baseline: null,
          target: `measured: /api/reach/summary with ${answers.toLocaleString('en')} attempts and as many votes (${rows} tally rows); p50 ${percentile(times, 50).toFixed(0)} ms`,
          ok: null,
        }),
      ]
      if (!WRK) return [...out, notRun('answers-rps', 'needs wrk (apt-get install wrk)')]
      const load = wrk(`${site.url}/api/quizzes/${quiz}/attempts`, {
        script: path.join(import.meta.dirname, '..', 'answers.lua'),
        env: { ANSWER_PATH: `/api/quizzes/${quiz}/attempts` },
        timeout: '60s',
        errorsAllowed: true,
      })
      const m = /answers sent=(\d+) stored=(\d+) limited=(\d+) other=(\d+)/.exec(load.output)
      if (!m) throw new Error(`bench/answers.lua printed no tally:\n${load.output}`)
      const [sent, stored, limited, other] = m.slice(1).map(Number)
      out.push(
        result({
          name: 'answers-rps',
          value: load.rps,
          unit: 'req/s',
          baseline: null,
          target: `measured: quiz attempts with a profile (p50 ${load.p50.toFixed(0)} ms, p99 ${load.p99.toFixed(0)} ms; sent ${sent}, 201: ${stored}, 429: ${limited}, other: ${other})`,
          ok: other === 0 ? null : false,
        }),
      )
      return out
    } finally {
      stopServer(site.pid)
      fs.rmSync(site.dir, { recursive: true, force: true })
    }
  },
}
