/**
 * `npm start`: checks the production settings, runs `next start`, and wakes Payload at once so
 * that pending migrations are applied and the job runner starts before the first visitor.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {
  ConfigError,
  databaseKind,
  resolveDatabaseURI,
  resolvePort,
  resolveSecret,
  resolveServerURL,
} from '../src/lib/env'
import { bin, forward, root, warmUp } from './lib'

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
}

let port: number
try {
  resolveSecret(env)
  resolveServerURL(env)
  databaseKind(resolveDatabaseURI(env))
  port = resolvePort(env)
} catch (err) {
  if (!(err instanceof ConfigError)) throw err
  console.error(`\n[start] cannot start: ${err.message}\n`)
  process.exit(1)
}

if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('\n[start] there is no production build: run `npm run build` first.\n')
  process.exit(1)
}

// next start is given no stdin: nothing in production may wait for a keyboard.
// Idle connections stay open longer than a client keeps them for reuse (nginx's upstream
// keepalive, 60 s): with Node's 5 s, a proxy or client could send a request on a connection the
// server was closing that very moment, and get "other side closed" (seen once in CI).
const child = spawn(bin('next'), ['start', '-p', String(port), '--keepAliveTimeout', '65000'], {
  cwd: root,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
})
forward(child)
if (await warmUp(port, child)) {
  console.log(`[start] Siang is ready on ${resolveServerURL(env)}`)
} else if (child.exitCode === null) {
  // Without its database the server is no use; stop, so that a supervisor restarts it.
  console.error(
    '[start] the server did not become healthy (/api/health); see the log above. Stopping.',
  )
  child.kill('SIGTERM')
  process.exitCode = 1
}
