/**
 * A published song page under load (wrk -t2 -c50 for 10 s), three ways in the same run:
 * - nginx serving the same HTML bytes from disk: the baseline, what the machine can do;
 * - `npm start` on its own (a seeded scratch database): Siang's server answers the kept page
 *   from memory, without Next (src/server/keptAnswers.ts);
 * - `npm start` behind deploy/nginx/siang.conf, the single-machine production setup.
 * wrk and nginx come from Debian (`apt-get install wrk nginx`); without them the rows say so.
 */
import fs from 'node:fs'
import path from 'node:path'
import { nginxPath, siangConf, startNginx, type Nginx } from '../../tooling/nginx'
import { ensureBuild, launchServer, stopServer } from '../../tooling/server'
import { notRun, result, type Benchmark, type Result } from '../lib'
import { WRK, wrk } from '../../tooling/wrk'

const PAGE = '/lo/songs/call-1300'
// Slow answers count in the percentiles rather than as errors (wrk's own timeout is 2 s).
const LOAD = { timeout: '60s' }

export const detailPage: Benchmark = {
  name: 'detail-page',
  async run(): Promise<Result[]> {
    const names = ['detail-page-rps', 'detail-page-rps-proxied']
    const nginx = nginxPath()
    if (!WRK || !nginx) {
      const missing = [!WRK && 'wrk', !nginx && 'nginx'].filter(Boolean).join(' and ')
      return names.map((name) => notRun(name, `needs ${missing} (apt-get install wrk nginx-light)`))
    }
    ensureBuild()
    const site = await launchServer()
    const servers: Nginx[] = []
    try {
      const upstream = new URL(site.url).host
      // Twice: the second visit is served from the pages Siang's server keeps, as every later one is.
      await fetch(site.url + PAGE)
      const html = await (await fetch(site.url + PAGE)).text()

      const plain = await startNginx((port, dir) => {
        fs.writeFileSync(path.join(dir, 'index.html'), html)
        return `server {
  listen 127.0.0.1:${port};
  root ${dir};
  location / { try_files /index.html =404; }
}
`
      })
      servers.push(plain)
      const baseline = wrk(plain.url + PAGE, LOAD)
      servers.pop()!.stop()

      const direct = wrk(site.url + PAGE, LOAD)

      const proxy = await startNginx((port, dir) => siangConf(upstream, port, dir))
      servers.push(proxy)
      await fetch(proxy.url + PAGE)
      const proxied = wrk(proxy.url + PAGE, LOAD)

      return [
        result({
          name: 'detail-page-rps',
          value: direct.rps,
          unit: 'req/s',
          baseline: baseline.rps,
          target: `ratio >= 0.15 and p99 < 100 ms (p99 ${direct.p99.toFixed(0)} ms)`,
          ok: direct.rps / baseline.rps >= 0.15 && direct.p99 < 100,
        }),
        result({
          name: 'detail-page-rps-proxied',
          value: proxied.rps,
          unit: 'req/s',
          baseline: baseline.rps,
          target: `ratio >= 0.6 (p99 ${proxied.p99.toFixed(0)} ms)`,
          ok: proxied.rps / baseline.rps >= 0.6,
        }),
      ]
    } finally {
      for (const server of servers) server.stop()
      stopServer(site.pid)
    }
  },
}
