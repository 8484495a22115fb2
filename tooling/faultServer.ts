/**
 * A real `npm start` on its own database, media and upload folders, which the fault tests kill
 * with SIGKILL and start again on the same files, and which the `faults` benchmark loads.
 */
import type { ChildProcess } from 'node:child_process'
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  ensureBuild,
  seedDatabase,
  serverFolder,
  startServer,
  stopServer,
  untilHealthy,
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
  const { dir, url, env, log } = await serverFolder('siang-faults-', extra)
  await seedDatabase(env)
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
      await untilHealthy(url, siang.child, log)
    },
    stop: () => stopServer(siang.child.pid!),
  }
  await untilHealthy(url, siang.child, log)
  return siang
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
