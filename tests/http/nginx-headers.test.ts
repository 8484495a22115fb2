/**
 * Class: trusted proxy headers. deploy/nginx/siang.conf must send the same headers upstream
 * through every location, since Siang keys rate limits and sign-in throttles on the address
 * nginx appends: a location that sets a proxy_set_header of its own silently drops the rest
 * (Host, X-Forwarded-For, keep-alive). Over HTTPS every location must carry HSTS. The upstream
 * here is an echo server, so the test reads exactly what Siang would receive.
 */
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { siangConf, startNginx, type Nginx } from '../../tooling/nginx'
import { freePort } from '../../tooling/server'

type Seen = { path: string; headers: http.IncomingHttpHeaders }

/** One path for each location of the config. */
const locations = [
  '/lo/probe',
  '/_next/static/probe.js',
  '/admin/probe',
  '/api/probe',
  '/api/broadcasts/import',
  '/api/media',
  '/api/media/file/probe.png',
  '/api/tus/probe',
  '/api/tus',
  '/feeds/lo/songs/probe.mp3',
]

let echo: http.Server
let plain: Nginx
let tls: Nginx
let httpPort: number
let n = 0

beforeAll(async () => {
  echo = http.createServer((req, res) => {
    res.setHeader('Content-Type', 'application/json')
    res.end(JSON.stringify({ path: req.url ?? '', headers: req.headers } satisfies Seen))
  })
  await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r))
  const upstream = `127.0.0.1:${(echo.address() as AddressInfo).port}`
  plain = await startNginx((port, dir) => siangConf(upstream, port, dir))
  httpPort = await freePort()
  tls = await startNginx((port, dir) => siangConf(upstream, port, dir, { httpPort }), 'https')
})

afterAll(async () => {
  plain?.stop()
  tls?.stop()
  await new Promise((r) => echo?.close(r))
})

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

/** A request with a Host and an X-Forwarded-For of the client's own choosing. */
function ask(base: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(path + (path.includes('?') ? '&' : '?') + `n=${n++}`, base)
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        headers: { Host: 'siang.test', 'X-Forwarded-For': '6.6.6.6', ...headers },
        rejectUnauthorized: false,
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end()
  })
}

describe('deploy/nginx/siang.conf sends the same trusted headers through every location', () => {
  it.each(locations)(
    '%s: Host, the appended X-Forwarded-For, the scheme and keep-alive',
    async (path) => {
      const res = await ask(plain.url, path, { Range: 'bytes=0-1' })
      expect(res.status).toBe(200)
      const seen = (JSON.parse(res.body) as Seen).headers
      expect(seen.host).toBe('siang.test')
      // The client's own entry first, then the address nginx saw: Siang trusts only the last.
      expect(seen['x-forwarded-for']).toBe('6.6.6.6, 127.0.0.1')
      expect(seen['x-forwarded-proto']).toBe('http')
      expect(seen.connection ?? 'keep-alive').not.toMatch(/close/i)
      if (path.startsWith('/api/media/file/')) expect(seen.range).toBe('bytes=0-1')
    },
  )
})

describe('deploy/nginx/siang.conf over HTTPS', () => {
  it('redirects plain HTTP to HTTPS', async () => {
    const res = await ask(`http://127.0.0.1:${httpPort}`, '/lo/songs')
    expect(res.status).toBe(301)
    expect(res.headers.location).toMatch(/^https:\/\/siang\.test\/lo\/songs\?n=\d+$/)
  })

  it.each(locations)(
    '%s: Strict-Transport-Security, and the https scheme upstream',
    async (path) => {
      const res = await ask(tls.url, path)
      expect(res.status).toBe(200)
      expect(res.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains')
      expect((JSON.parse(res.body) as Seen).headers['x-forwarded-proto']).toBe('https')
    },
  )
})
