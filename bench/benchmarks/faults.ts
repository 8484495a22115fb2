/**
 * The fault tests' load, measured (tooling/loadMix.ts): 60 s of 200 readers on public pages
 * and the API while 10 staff upload images and audio, against `npm start` on its own and then
 * behind deploy/nginx/siang.conf. Rows: the readers' p99 and rate both ways, uploads stored,
 * and the server's peak memory. The kill -9 tests (`npm run test:faults`) print their own.
 */
import { signIn, startSiang } from '../../tooling/faultServer'
import { runMix, type MixResult } from '../../tooling/loadMix'
import { nginxPath, siangConf, startNginx } from '../../tooling/nginx'
import { notRun, result, type Benchmark, type Result } from '../lib'
import { WRK } from '../../tooling/wrk'

const SECONDS = Number(process.env.FAULTS_LOAD_SECONDS || 60)

function rows(how: 'direct' | 'proxied', mix: MixResult): Result[] {
  const suffix = how === 'direct' ? '' : '-proxied'
  const where = how === 'direct' ? 'npm start alone' : 'behind nginx'
  return [
    result({
      name: `faults-readers-p99-ms${suffix}`,
      value: mix.readers.p99,
      unit: 'ms',
      baseline: null,
      target: `reported (${where}: ${mix.readers.rps} req/s, p50 ${mix.readers.p50} ms, no errors)`,
      ok: null,
    }),
    result({
      name: `faults-uploads-stored${suffix}`,
      value: mix.uploads.names.length,
      unit: 'uploads',
      baseline: mix.uploads.sent,
      target: 'every upload sent stored, none failed',
      ok: mix.uploads.failed.length === 0 && mix.uploads.names.length === mix.uploads.sent,
    }),
    result({
      name: `faults-server-peak-mb${suffix}`,
      value: mix.peakRssMb,
      unit: 'MB',
      baseline: null,
      target: 'reported (resident memory of the server process group)',
      ok: null,
    }),
  ]
}

export const faultsBench: Benchmark = {
  name: 'faults',
  async run(): Promise<Result[]> {
    const nginx = nginxPath()
    if (!WRK || !nginx)
      return [
        notRun('faults-readers-p99-ms', 'needs wrk and nginx (apt-get install wrk nginx-light)'),
      ]
    const out: Result[] = []
    for (const how of ['direct', 'proxied'] as const) {
      const siang = await startSiang({ RENDITIONS_CRON: '0 0 * * * *' })
      try {
        const token = await signIn(siang)
        const proxy =
          how === 'proxied'
            ? await startNginx((port, dir) => siangConf(new URL(siang.url).host, port, dir))
            : null
        try {
          const base = proxy?.url ?? siang.url
          const mix = await runMix({
            readersBase: base,
            uploadsBase: base,
            token,
            pgid: siang.child.pid!,
            seconds: SECONDS,
          })
          out.push(...rows(how, mix))
        } finally {
          proxy?.stop()
        }
      } finally {
        siang.stop()
      }
    }
    return out
  },
}
