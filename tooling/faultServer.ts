/**
 * A real `npm start` on its own database, media and upload folders, which the fault tests kill
 * with SIGKILL and start again on the same files, and which the `faults` benchmark loads.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { waitForHealth } from './health'
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  ensureBuild,
  freePort,
  SECRET,
  seedDatabase,
  serverEnv,
  startServer,
} from './server'

export type Siang = {
  url: string
  dir: string
  env: NodeJS.ProcessEnv
  child: ChildProcess
  /** SIGKILL to the server and everything it started (ffmpeg included). */
  kill: () => Promise<void>
  restart: () => Promise<void>
  stop: () => void
}

/** A seeded server in a folder of its own. */
export async function startSiang(extra: Record<string, string> = {}): Promise<Siang> {
  ensureBuild()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-faults-'))
  const port = await freePort()
  const url = `http://localhost:${port}`
  const env = serverEnv({
    PORT: String(port),
    SERVER_URL: url,
    DATABASE_URI: `file:${path.join(dir, 'siang.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    TUS_DIR: path.join(dir, 'tus'),
    UPLOAD_TEMP_DIR: path.join(dir, 'tmp'),
    PAYLOAD_SECRET: SECRET,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    ...extra,
  })
  await seedDatabase(env)
  const log = path.join(dir, 'server.log')
  const siang: Siang = {
    url,
    dir,
    env,
    child: startServer(env, log),
    kill: async () => {
      const pid = siang.child.pid!
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        // already gone
      }
      await new Promise<void>((resolve) => {
        if (siang.child.exitCode !== null || siang.child.signalCode) resolve()
        else siang.child.once('exit', () => resolve())
      })
    },
    restart: async () => {
      siang.child = startServer(env, log)
      await healthy(siang, log)
    },
    stop: () => {
      try {
        process.kill(-siang.child.pid!, 'SIGTERM')
      } catch {
        // already gone
      }
    },
  }
  await healthy(siang, log)
  return siang
}

async function healthy(siang: Siang, log: string): Promise<void> {
  if (await waitForHealth(siang.url, siang.child, 90_000)) return
  siang.stop()
  throw new Error(`npm start did not become healthy:\n${fs.readFileSync(log, 'utf8').slice(-4000)}`)
}

export async function signIn(siang: Siang): Promise<string> {
  const res = await fetch(`${siang.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  })
  const body = (await res.json()) as { token?: string }
  if (!body.token) throw new Error(`sign-in failed: ${res.status}`)
  return body.token
}
