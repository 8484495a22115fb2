import { execFile, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from '@jest/globals'
import { api, server } from '../helpers/http'
import { waitForHealth } from '../../tooling/health'
import { root } from '../../tooling/paths'
import { freePort, SECRET, serverEnv, startServer, stopServer } from '../../tooling/server'

const exec = promisify(execFile)
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')

describe('the running server', () => {
  it('answers /api/health with the engine and version', async () => {
    const res = await api('/api/health')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      ok: true,
      db: 'sqlite',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('redirects / to the Lao home page', async () => {
    const res = await api('/')
    expect([307, 308]).toContain(res.status)
    expect(new URL(res.headers.get('location')!, server().url).pathname).toBe('/lo')
  })

  it('serves each locale with its html lang and the hotline', async () => {
    for (const locale of ['lo', 'en']) {
      const res = await api<string>(`/${locale}`)
      expect(res.status).toBe(200)
      expect(res.body).toContain(`<html lang="${locale}"`)
      expect(res.body).toContain('href="tel:1300"')
    }
    expect((await api('/fr')).status).toBe(404)
  })

  it('serves the admin at /admin', async () => {
    const res = await fetch(`${server().url}/admin/login`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('payload')
  })
})

describe('npm start refuses to run without a proper secret', () => {
  it.each([
    ['missing', undefined, /PAYLOAD_SECRET is not set/],
    ['short', 'short-secret', /PAYLOAD_SECRET is too weak/],
  ])(
    'stops with a message when PAYLOAD_SECRET is %s',
    async (_name, secret, message) => {
      const env = serverEnv({ PORT: String(await freePort()) })
      delete env.PAYLOAD_SECRET
      if (secret) env.PAYLOAD_SECRET = secret
      const result = await exec(tsx, ['scripts/start.ts'], { cwd: root, env }).then(
        () => ({ code: 0, stderr: '' }),
        (err: { code: number; stderr: string }) => err,
      )
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(message)
    },
    30_000,
  )
})

describe('npm start on a port another server holds', () => {
  it('exits non-zero and says so, even when the other server answers /api/health', async () => {
    // Another process on the port, answering the health check as a healthy Siang would.
    const other = http.createServer((_req, res) => {
      res.setHeader('Content-Type', 'application/json')
      res.end('{"ok":true}')
    })
    await new Promise<void>((resolve) => other.listen(0, resolve))
    const { port } = other.address() as AddressInfo
    try {
      const env = serverEnv({ PORT: String(port), PAYLOAD_SECRET: SECRET })
      const result = await exec(tsx, ['scripts/start.ts'], { cwd: root, env }).then(
        (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
        (err: { code: number; stdout: string; stderr: string }) => err,
      )
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(`port ${port} is already in use by another process`)
      expect(result.stdout).not.toContain('Siang is ready')
    } finally {
      other.close()
    }
  }, 90_000)

  it('says which Node runs it: the pinned one', async () => {
    const pinned = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).dependencies
      .node
    const log = fs.readFileSync(path.join(server().dir, 'server.log'), 'utf8')
    expect(log).toContain(`(Node v${pinned})`)
  })
})

describe('one database file under npm run dev and npm start', () => {
  it('starts in production, without a migration prompt, on a database made by npm run dev', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-devstart-'))
    const databaseURI = `file:${path.join(dir, 'siang.db')}`
    const devPort = await freePort()
    // next dev decides NODE_ENV itself.
    const { NODE_ENV: _testEnv, ...devEnv } = serverEnv({
      PORT: String(devPort),
      DATABASE_URI: databaseURI,
      MEDIA_DIR: path.join(dir, 'media'),
      ADMIN_PASSWORD: 'dev-then-start-password',
    })
    const log = fs.openSync(path.join(dir, 'dev.log'), 'a')
    const dev = spawn(tsx, ['scripts/dev.ts'], {
      cwd: root,
      env: devEnv as NodeJS.ProcessEnv,
      stdio: ['ignore', log, log],
      detached: true,
    })
    try {
      const devUp = await waitForHealth(`http://localhost:${devPort}`, dev, 150_000)
      if (!devUp) throw new Error(fs.readFileSync(path.join(dir, 'dev.log'), 'utf8'))
      // The sign-ins come last, in a box, once the server is ready: wait a little after health.
      const readLog = () => fs.readFileSync(path.join(dir, 'dev.log'), 'utf8')
      const boxAfterReady = (log: string) =>
        log.indexOf('Siang sign-ins', Math.max(0, log.indexOf('Siang is running')))
      for (let i = 0; i < 120 && boxAfterReady(readLog()) < 0; i++)
        await new Promise((r) => setTimeout(r, 250))
      const devLog = readLog()
      expect(devLog.indexOf('Siang is running')).toBeGreaterThan(-1)
      const box = boxAfterReady(devLog)
      expect(box).toBeGreaterThan(devLog.indexOf('Siang is running'))
      expect(devLog.slice(box)).toMatch(/└─+┘/)
      expect(devLog.slice(box)).toMatch(/Admin\s+\S+@\S+\s+\(from ADMIN_PASSWORD\)/)
    } finally {
      stopServer(dev.pid!)
    }
    await new Promise((r) => setTimeout(r, 1000))

    const port = await freePort()
    const url = `http://localhost:${port}`
    const env = serverEnv({
      PORT: String(port),
      SERVER_URL: url,
      DATABASE_URI: databaseURI,
      PAYLOAD_SECRET: SECRET,
    })
    const prod = startServer(env, path.join(dir, 'start.log'))
    try {
      // A migration prompt would hold every request; the server must answer well within this.
      const up = await waitForHealth(url, prod, 60_000)
      const startLog = fs.readFileSync(path.join(dir, 'start.log'), 'utf8')
      expect(startLog).not.toMatch(/dynamically pushed|Would you like to proceed/)
      expect(up).toBe(true)
      const provinces = await fetch(`${url}/api/provinces?limit=0`).then((r) => r.json())
      expect(provinces.totalDocs).toBe(18)
    } finally {
      stopServer(prod.pid!)
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 240_000)
})

describe('health when the database does not answer', () => {
  it('answers 503 with ok false', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-nodb-'))
    const port = await freePort()
    const url = `http://localhost:${port}`
    // Nothing listens on port 9: the MongoDB driver never connects.
    const env = serverEnv({
      PORT: String(port),
      SERVER_URL: url,
      DATABASE_URI: 'mongodb://127.0.0.1:9/siang?serverSelectionTimeoutMS=20000',
      PAYLOAD_SECRET: SECRET,
    })
    const child = spawn(
      path.join(root, 'node_modules', '.bin', 'next'),
      ['start', '-p', String(port)],
      {
        cwd: root,
        env: { ...env, NODE_ENV: 'production' },
        stdio: 'ignore',
        detached: true,
      },
    )
    try {
      let res: Response | undefined
      for (let i = 0; i < 100 && !res; i++) {
        res = await fetch(`${url}/api/health`).catch(() => undefined)
        if (!res) await new Promise((r) => setTimeout(r, 200))
      }
      expect(res?.status).toBe(503)
      expect(await res!.json()).toMatchObject({ ok: false, db: 'mongodb' })
    } finally {
      stopServer(child.pid!)
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
