/**
 * The REST API's list of songs over 10,000 published songs: a real `npm start` on a scratch
 * database filled through the Local API (restListWorker.ts), and requests as a partner's site
 * makes them, filtered by topic and province and paged. One request at a time for the latency;
 * then `wrk` on the plain first page for throughput, the figure the peer was measured by
 * (Payload's website template: `/api/posts?limit=10` at 132 req/s, p50 147 ms, p99 1.16 s).
 */
import fs from 'node:fs'
import { ensureBuild, launchServer, stopServer } from '../../tooling/server'
import { notRun, percentile, result, runWorker, type Benchmark, type Result } from '../lib'
import { WRK, wrk } from '../../tooling/wrk'

const REQUESTS = 400

type Filled = { songs: number; topics: (string | number)[]; provinces: (string | number)[] }

/** The list a partner asks for: one topic and one province, a page of 10. */
const listPath = (
  topic: string | number,
  province: string | number,
  page: number,
  depth?: number,
) =>
  `/api/songs?where[topics][in]=${topic}&where[provinces][in]=${province}&limit=10&page=${page}` +
  (depth === undefined ? '' : `&depth=${depth}`)

async function timed(url: string): Promise<{ ms: number; total: number }> {
  const started = performance.now()
  const res = await fetch(url)
  const body = (await res.json()) as { totalDocs?: number }
  const ms = performance.now() - started
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`)
  return { ms, total: body.totalDocs ?? 0 }
}

export const restList: Benchmark = {
  name: 'rest-list',
  async run(): Promise<Result[]> {
    ensureBuild()
    let filled: Filled | undefined
    const site = await launchServer({}, async (env) => {
      filled = await runWorker<Filled>('restListWorker', env)
    })
    try {
      const { songs, topics, provinces } = filled!
      const asked = Array.from({ length: REQUESTS }, (_, i) => ({
        topic: topics[(i * 5) % topics.length],
        province: provinces[(i * 11) % provinces.length],
        page: (i % 8) + 1,
      }))
      // Warm the route and the database's pages once.
      for (const a of asked.slice(0, 20))
        await timed(site.url + listPath(a.topic, a.province, a.page))
      const rows: Result[] = []
      for (const depth of [undefined, 0]) {
        const times: number[] = []
        let found = 0
        for (const a of asked) {
          const { ms, total } = await timed(site.url + listPath(a.topic, a.province, a.page, depth))
          times.push(ms)
          if (total) found++
        }
        if (!found)
          throw new Error('no topic and province pair found any song: the fill went wrong')
        const p95 = percentile(times, 95)
        rows.push(
          depth === undefined
            ? result({
                name: 'rest-list-p95-ms',
                value: p95,
                unit: 'ms',
                baseline: null,
                target: `<= 25 ms (${songs} songs, topic × province × page, default depth 2; p50 ${percentile(times, 50).toFixed(1)} ms)`,
                ok: p95 <= 25,
              })
            : result({
                name: 'rest-list p95, depth=0',
                value: p95,
                unit: 'ms',
                baseline: null,
                target: `measured (p50 ${percentile(times, 50).toFixed(1)} ms)`,
                ok: null,
              }),
        )
      }
      if (!WRK) rows.push(notRun('rest-list req/s', 'needs wrk (apt-get install wrk)'))
      else {
        const load = wrk(`${site.url}/api/songs?limit=10`)
        rows.push(
          result({
            name: '/api/songs?limit=10 under wrk -c50',
            value: load.rps,
            unit: 'req/s',
            baseline: 132,
            target: `measured against the peer's /api/posts?limit=10 (132 req/s; p50 ${load.p50.toFixed(0)} ms against 147, p99 ${load.p99.toFixed(0)} ms against 1160)`,
            ok: null,
          }),
        )
      }
      return rows
    } finally {
      stopServer(site.pid)
      fs.rmSync(site.dir, { recursive: true, force: true })
    }
  },
}
