/**
 * The counters under load: `wrk -t2 -c50 -d10s` posting site beacons (bench/beacon.lua) to
 * `next start` on a seeded scratch database, spread over every published item of the demo
 * content and over 2,000 visitors, each an X-Forwarded-For address. The server trusts one proxy
 * (TRUST_PROXY_HOPS=1, as behind deploy/nginx), so the rate limit sees those visitors; answers
 * 204 and 429 are told apart. Then the check that nothing was lost (a count is an atomic
 * increment of its row, src/reach/counts.ts, so none may overwrite another):
 * - after wrk, the views and plays counted lie between the 204 answers and those plus what was
 *   still in flight when wrk stopped (a request cut off by the stop may or may not count);
 * - exactly: BURST beacons posted 50 at a time, all answered, counted once each.
 */
import fs from 'node:fs'
import path from 'node:path'
import { hasPlayer, viewTypes } from '../../src/reach/beacon'
import { ensureBuild, launchServer, stopServer } from '../../tooling/server'
import { adminToken, notRun, result, type Benchmark, type Result } from '../lib'
import { WRK, wrk } from '../../tooling/wrk'

const BURST = 2_000
const CONCURRENCY = 50
const PHONE =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36'

/** `type slug 1|0` lines, for bench/beacon.lua: every published item a visitor can view. */
async function publishedItems(url: string): Promise<string[]> {
  const lines: string[] = []
  for (const type of viewTypes) {
    const res = await fetch(`${url}/api/${type}?limit=50&depth=0&select[slug]=true`)
    if (res.status !== 200) throw new Error(`/api/${type} answered ${res.status}`)
    const { docs } = (await res.json()) as { docs: { slug?: string }[] }
    for (const { slug } of docs) if (slug) lines.push(`${type} ${slug} ${hasPlayer(type) ? 1 : 0}`)
  }
  return lines
}

/** Every view and play counted so far, read back as the admin. */
async function countedTotal(url: string, token: string): Promise<number> {
  const read = () =>
    fetch(
      `${url}/api/daily-counts?pagination=false&depth=0&select[views]=true&select[plays]=true`,
      { headers: { Authorization: `JWT ${token}` } },
    )
  // A connection kept alive from before the load may have been closed by the server meanwhile.
  const res = await read().catch(read)
  if (res.status !== 200) throw new Error(`/api/daily-counts answered ${res.status}`)
  const { docs } = (await res.json()) as { docs: { views?: number; plays?: number }[] }
  return docs.reduce((n, d) => n + (d.views ?? 0) + (d.plays ?? 0), 0)
}

/** The total once the server has finished what was in flight: when it stops moving. */
async function settledTotal(url: string, token: string): Promise<number> {
  let last = await countedTotal(url, token)
  for (let i = 0; i < 60; i++) {
    await new Promise((r) => setTimeout(r, 500))
    const now = await countedTotal(url, token)
    if (now === last) return now
    last = now
  }
  return last
}

/** The beacon bench/beacon.lua sends as its `n`th: a view, or every other time on a player's page a play. */
function nth(items: string[], n: number): string {
  const [type, slug, player] = items[n % items.length].split(' ')
  const event = player === '1' && Math.floor(n / items.length) % 2 === 1 ? 'play' : 'view'
  return JSON.stringify({ type, slug, event, source: 'site' })
}

/** Posts `total` beacons, CONCURRENCY at a time, each from its own visitor; answers by status. */
async function postAll(url: string, items: string[], total: number): Promise<Map<number, number>> {
  const statuses = new Map<number, number>()
  let next = 0
  const worker = async () => {
    while (next < total) {
      const n = next++
      const res = await fetch(`${url}/api/beacon`, {
        method: 'POST',
        headers: {
          'Content-Type': 'text/plain;charset=UTF-8',
          'User-Agent': PHONE,
          'X-Forwarded-For': `10.9.${Math.floor(n / 256) % 256}.${n % 256}`,
        },
        body: nth(items, n),
      })
      await res.arrayBuffer()
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return statuses
}

/** Under wrk: throughput, latency, answers by kind, and what was counted meanwhile. */
async function underWrk(url: string, token: string, list: string) {
  const before = await settledTotal(url, token)
  const load = wrk(url + '/api/beacon', {
    script: path.join(import.meta.dirname, '..', 'beacon.lua'),
    env: { BEACON_ITEMS: list },
    // Every answer in the percentiles, however slow.
    timeout: '60s',
    errorsAllowed: true,
  })
  const counted = (await settledTotal(url, token)) - before
  const m = /beacon sent=(\d+) accepted=(\d+) limited=(\d+) other=(\d+)/.exec(load.output)
  if (!m) throw new Error(`bench/beacon.lua printed no tally:\n${load.output}`)
  const [sent, accepted, limited, other] = m.slice(1).map(Number)
  return {
    ...load,
    counted,
    accepted,
    limited,
    other,
    inFlight: sent - accepted - limited - other,
  }
}

export const beaconBench: Benchmark = {
  name: 'beacon',
  async run(): Promise<Result[]> {
    if (!WRK) return [notRun('beacon-rps', 'needs wrk (apt-get install wrk)')]
    ensureBuild()
    const site = await launchServer({ TRUST_PROXY_HOPS: '1' })
    try {
      const items = await publishedItems(site.url)
      const list = path.join(site.dir, 'beacon-items.txt')
      fs.writeFileSync(list, items.join('\n') + '\n')
      // Each item once first, so that the route, every item's cached read and its row are warm.
      const warm = await postAll(site.url, items, items.length)
      if (warm.get(204) !== items.length) throw new Error(`warm-up answered ${[...warm]}`)
      const token = await adminToken(site.url)

      const w = await underWrk(site.url, token, list)
      const wrkOk = w.counted >= w.accepted && w.counted <= w.accepted + w.inFlight

      const before = await settledTotal(site.url, token)
      const statuses = await postAll(site.url, items, BURST)
      const counted = (await settledTotal(site.url, token)) - before
      const accepted = statuses.get(204) ?? 0
      const answers = [...statuses].map(([status, n]) => `${status}: ${n}`).join(', ')
      return [
        result({
          name: 'beacon-rps',
          value: w.rps,
          unit: 'req/s',
          baseline: null,
          target: `measured over ${items.length} items and 2,000 visitors (p50 ${w.p50.toFixed(0)} ms, p99 ${w.p99.toFixed(0)} ms; 204: ${w.accepted}, 429: ${w.limited}, other: ${w.other})`,
          ok: null,
        }),
        result({
          name: 'beacon-lost-counts',
          value: accepted - counted,
          unit: 'counts',
          baseline: null,
          target: `0 (${BURST} beacons 50 at a time, ${answers}, counted ${counted}; under wrk counted ${w.counted} for ${w.accepted} answered 204 and ${w.inFlight} in flight at the stop)`,
          ok: accepted === counted && accepted === BURST && wrkOk,
        }),
      ]
    } finally {
      stopServer(site.pid)
      fs.rmSync(site.dir, { recursive: true, force: true })
    }
  },
}
