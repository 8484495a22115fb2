/**
 * Runs the real thing for the HTTP tests and the benchmarks: a production build, the seed (as
 * `npm run dev` applies it) and `npm start` on a fresh SQLite file and a free port.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { waitForHealth } from './health'
import { bin, root } from './paths'

const execFileAsync = promisify(execFile)

export const ADMIN_EMAIL = 'admin@http.test'
export const ADMIN_PASSWORD = 'http-test-admin-password'
export const SECRET = 'http-test-secret-0123456789abcdef0123456789abcdef'

export type ServerState = { url: string; pid: number; dir: string; databaseURI: string }

function newestMtime(p: string): number {
  const stat = fs.statSync(p)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)))
  return newest
}

/** Builds when there is no build, or when sources changed since the last one. */
export function ensureBuild(): void {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  const inputs = ['src', 'next.config.mjs', 'package.json', 'tsconfig.json'].map((p) =>
    path.join(root, p),
  )
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > Math.max(...inputs.map(newestMtime)))
    return
  console.log('[http tests] building the app (next build)…')
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-build-'))
  execFileSync(bin('next'), ['build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URI: `file:${path.join(scratch, 'build.db')}`,
    },
  })
  fs.rmSync(scratch, { recursive: true, force: true })
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

export function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra }
  // The test process's own settings must not leak into the server.
  delete env.NODE_OPTIONS
  delete env.JOBS_AUTORUN
  delete env.PAYLOAD_LOG_LEVEL
  return env
}

/**
 * Runs the seed the way `npm run dev` does: development mode, migrations applied. Without
 * blocking this process, which may be serving what the seed calls (s3rver, for one).
 */
export async function seedDatabase(env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await execFileAsync(bin('tsx'), ['--conditions=production', 'seed/run.ts'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'development' },
    encoding: 'utf8',
  })
  return stdout
}

export function startServer(env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const log = fs.openSync(logFile, 'a')
  return spawn(bin('tsx'), ['scripts/start.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', log, log],
    detached: true,
  })
}

export function stopServer(pid: number): void {
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    // already gone
  }
}

export type Launched = ServerState & { child: ChildProcess }

/** A server's own folder (database, media, uploads, log), a free port, and its environment. */
export type ServerFolder = {
  dir: string
  url: string
  databaseURI: string
  env: NodeJS.ProcessEnv
  log: string
}

/** A new folder for one server, under the system's temp folder; `extra` adds to its settings. */
export async function serverFolder(
  prefix: string,
  extra: Record<string, string> = {},
): Promise<ServerFolder> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  const port = await freePort()
  const url = `http://localhost:${port}`
  const databaseURI = `file:${path.join(dir, 'siang.db')}`
  const env = serverEnv({
    PORT: String(port),
    SERVER_URL: url,
    DATABASE_URI: databaseURI,
    MEDIA_DIR: path.join(dir, 'media'),
    TUS_DIR: path.join(dir, 'tus'),
    UPLOAD_TEMP_DIR: path.join(dir, 'tmp'),
    PAYLOAD_SECRET: SECRET,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    ...extra,
  })
  return { dir, url, databaseURI, env, log: path.join(dir, 'server.log') }
}

/** Waits for the server to answer /api/health; if it never does, stops it and throws its log's end. */
export async function untilHealthy(url: string, child: ChildProcess, log: string): Promise<void> {
  if (await waitForHealth(url, child, 90_000)) return
  stopServer(child.pid!)
  const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-4000) : '(no log)'
  throw new Error(`npm start did not answer /api/health within 90 s. Server log:\n${tail}`)
}

/**
 * A fresh, seeded `npm start` on a free port, in its own folder (database, media, log). `extra`
 * adds to or overrides the environment; `prepare` runs after the seed and before the server
 * starts, with the server's environment (to add content, for instance).
 */
export async function launchServer(
  extra: Record<string, string> = {},
  prepare?: (env: NodeJS.ProcessEnv) => Promise<void>,
): Promise<Launched> {
  const { dir, url, databaseURI, env, log } = await serverFolder('siang-http-', extra)
  await seedDatabase(env)
  if (prepare) await prepare(env)
  const child = startServer(env, log)
  await untilHealthy(url, child, log)
  return { url, pid: child.pid!, dir, databaseURI, child }
}
