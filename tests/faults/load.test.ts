/**
 * Class: a site that keeps answering under load. For 60 s (FAULTS_LOAD_SECONDS), 200 readers on
 * public pages and the API while 10 staff upload images and audio, against a real `npm start`,
 * behind the shipped nginx config and on its own: not one error answer or dropped connection,
 * and every upload stored exactly once. The figures (readers' p99, the server's peak memory)
 * are printed; `npm run bench faults` records them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { siangConf, startNginx, type Nginx } from '../../tooling/nginx'
import { signIn, startSiang, type Siang } from '../../tooling/faultServer'
import { runMix } from '../../tooling/loadMix'

const seconds = Number(process.env.FAULTS_LOAD_SECONDS || 60)
let siang: Siang
let proxy: Nginx

beforeAll(async () => {
  siang = await startSiang({ RENDITIONS_CRON: '0 0 * * * *' })
  proxy = await startNginx((port, dir) => siangConf(new URL(siang.url).host, port, dir))
}, 180_000)

afterAll(() => {
  proxy?.stop()
  siang?.stop()
})

/** How many documents carry each alt text starting `load-`. */
async function stored(token: string): Promise<Map<string, number>> {
  const seen = new Map<string, number>()
  for (let page = 1; ; page++) {
    const res = await fetch(
      `${siang.url}/api/media?where[alt][like]=load-&limit=100&page=${page}&depth=0`,
      {
        headers: { Authorization: `JWT ${token}` },
      },
    )
    const body = (await res.json()) as { docs: { alt: string }[]; hasNextPage: boolean }
    for (const doc of body.docs) seen.set(doc.alt, (seen.get(doc.alt) ?? 0) + 1)
    if (!body.hasNextPage) return seen
  }
}

describe('under load', () => {
  it.each(['behind nginx', 'on its own'])(
    `200 readers and 10 uploading staff for ${seconds} s, %s: no errors, every upload stored once`,
    async (how) => {
      const token = await signIn(siang)
      const base = how === 'behind nginx' ? proxy.url : siang.url
      const before = await stored(token)
      const result = await runMix({
        readersBase: base,
        uploadsBase: base,
        token,
        pgid: siang.child.pid!,
        seconds,
      })
      expect(result.uploads.failed).toEqual([])
      expect(result.uploads.names.length).toBeGreaterThanOrEqual(10)
      const after = await stored(token)
      const fresh = [...after].filter(([alt]) => !before.has(alt))
      expect(fresh.every(([, n]) => n === 1)).toBe(true)
      expect(new Set(fresh.map(([alt]) => alt))).toEqual(new Set(result.uploads.names))
      console.log(
        `load ${how}: readers ${result.readers.rps} req/s, p50 ${result.readers.p50} ms, p99 ${result.readers.p99} ms; ` +
          `${result.uploads.names.length} uploads, each stored once; server peak memory ${result.peakRssMb} MB`,
      )
    },
    (seconds + 300) * 1000,
  )
})
