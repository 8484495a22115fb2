/**
 * Past one machine, as far as one machine can show it: two `npm start` instances behind
 * deploy/nginx/siang.conf (an upstream of two), on one database, with media on S3 (s3rver),
 * one job runner (JOBS_AUTORUN=false on the other) and one shared tus folder. See docs/scaling.md.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { wav } from '../fixtures/media'
import { startNginx, siangConf, type Nginx } from '../../tooling/nginx'
import { tempDir } from '../helpers/payload'
import { startS3, type S3Service } from '../helpers/s3'
import { tusRequests } from '../helpers/tus'
import { waitForHealth } from '../../tooling/health'
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  freePort,
  SECRET,
  seedDatabase,
  serverEnv,
  startServer,
  stopServer,
} from '../../tooling/server'

type Instance = { url: string; host: string; pid: number }

const dir = tempDir('siang-two-')
let s3rver: S3Service
let a: Instance
let b: Instance
let proxy: Nginx
let token: string

async function start(port: number, env: NodeJS.ProcessEnv, name: string): Promise<Instance> {
  const child = startServer(env, path.join(dir, `${name}.log`))
  const url = `http://127.0.0.1:${port}`
  if (!(await waitForHealth(url, child, 90_000)))
    throw new Error(
      `${name} did not start:\n${fs.readFileSync(path.join(dir, `${name}.log`), 'utf8')}`,
    )
  return { url, host: `127.0.0.1:${port}`, pid: child.pid! }
}

beforeAll(async () => {
  const s3 = await startS3('siang-two')
  s3rver = s3.server
  const [portA, portB] = [await freePort(), await freePort()]
  const shared = {
    DATABASE_URI: `file:${path.join(dir, 'siang.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    TUS_DIR: path.join(dir, 'tus'),
    PAYLOAD_SECRET: SECRET,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    SERVER_URL: `http://127.0.0.1:${portA}`,
    TRUST_PROXY_HOPS: '1',
    ...s3.env,
  }
  await seedDatabase(serverEnv({ ...shared, PORT: String(portA) }))
  // Each tells the other to expire its cached pages after a write; only A runs the job queue.
  a = await start(
    portA,
    serverEnv({ ...shared, PORT: String(portA), REVALIDATE_URLS: `http://127.0.0.1:${portB}` }),
    'a',
  )
  b = await start(
    portB,
    serverEnv({
      ...shared,
      PORT: String(portB),
      REVALIDATE_URLS: `http://127.0.0.1:${portA}`,
      JOBS_AUTORUN: 'false',
    }),
    'b',
  )
  proxy = await startNginx((port, nginxDir) => siangConf([a.host, b.host], port, nginxDir))
  const login = await fetch(`${a.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  })
  token = ((await login.json()) as { token: string }).token
}, 240_000)

afterAll(async () => {
  proxy?.stop()
  for (const instance of [a, b]) if (instance) stopServer(instance.pid)
  await s3rver?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const auth = () => ({ Authorization: `JWT ${token}`, 'Content-Type': 'application/json' })

describe('two instances behind nginx', () => {
  it('serve the same site: nginx answers through both', async () => {
    for (const instance of [a, b]) {
      const res = await fetch(`${instance.url}/lo/songs/call-1300`)
      expect(res.status).toBe(200)
    }
    const res = await fetch(`${proxy.url}/lo/songs/call-1300`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<html lang="lo"')
  })

  it('a publish on one shows on the pages the other serves within a second', async () => {
    const page = `${b.url}/en/songs/call-1300`
    // Cached on B first: a visit that B answers from its cache. A's job runner is making the
    // seeded media's data-saver copies meanwhile, and each copy stored expires, on B too, the
    // pages that play its original; so visit until one hits.
    const warm = Date.now() + 10_000
    let cache: string | null = null
    while (cache !== 'HIT' && Date.now() < warm)
      cache = (await fetch(page)).headers.get('x-siang-cache')
    expect(cache).toBe('HIT')
    const found = await fetch(`${a.url}/api/songs?where[slug][equals]=call-1300&depth=0&limit=1`, {
      headers: auth(),
    })
    const { id } = ((await found.json()) as { docs: { id: number }[] }).docs[0]
    const title = `Published on A ${Date.now()}`
    const saved = await fetch(`${a.url}/api/songs/${id}?locale=en`, {
      method: 'PATCH',
      headers: auth(),
      body: JSON.stringify({ title, _status: 'published' }),
    })
    expect(saved.status).toBe(200)
    const deadline = Date.now() + 1000
    let seen = false
    while (!seen && Date.now() < deadline) {
      seen = (await (await fetch(page)).text()).includes(title)
      if (!seen) await new Promise((r) => setTimeout(r, 50))
    }
    expect(seen).toBe(true)
  })

  it('a resumable upload whose pieces land on different instances completes', async () => {
    let to = a
    const { create, send, receipt, saveWithUpload } = tusRequests(() => to.url)
    const bytes = new Uint8Array(wav(4))
    const name = `two-instances-${Date.now()}.wav`
    const half = Math.floor(bytes.length / 2)
    const created = await create(token, name, 'audio/wav', bytes.length, 'keep')
    expect(created.status).toBe(201)
    const upload = created.headers.get('location')!
    to = b
    expect((await send(token, upload, 0, bytes.subarray(0, half))).status).toBe(204)
    to = a
    expect((await send(token, upload, half, bytes.subarray(half))).status).toBe(204)
    to = b
    const signed = await receipt(token, upload.split('/').pop()!, name)
    expect(signed.status).toBe(200)
    to = a
    const saved = await saveWithUpload(token, signed.reference, name, 'audio/wav', bytes.length)
    expect(saved.status).toBe(201)
    for (const instance of [a, b]) {
      const file = await fetch(`${instance.url}/api/media/file/${saved.body.doc!.filename}`, {
        headers: { Authorization: `JWT ${token}` },
      })
      expect(file.status).toBe(200)
      expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true)
    }
  })

  it('nginx sends all sign-ins from one address to one instance, so the throttle counts them all', async () => {
    const attempt = () =>
      fetch(`${proxy.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: ADMIN_EMAIL, password: 'not the password' }),
      })
    // Five tries per address and account, then one every 3 minutes (src/collections/Users).
    for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(401)
    expect((await attempt()).status).toBe(429)
  })
})
