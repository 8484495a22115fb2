/**
 * `npm start`: checks the production settings, serves the build through Siang's own server in
 * front of Next (src/server), and wakes Payload at once so that pending migrations are applied
 * and the job runner starts before the first visitor.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import {
  ConfigError,
  databaseKind,
  resolveDatabaseURI,
  resolvePort,
  resolveSecret,
  resolveServerURL,
  resolveQuestionsEraseDays,
  resolveTrustProxyHops,
} from '../src/lib/env'
import { nonceStandIn } from '../src/lib/csp'
import { root } from './lib'

// Before Next loads: the production build, and nothing in production waits for a keyboard.
Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' })

let settings: { port: number; hops: number; secret: string }
try {
  const secret = resolveSecret()
  resolveServerURL()
  databaseKind(resolveDatabaseURI())
  resolveQuestionsEraseDays()
  settings = { port: resolvePort(), hops: resolveTrustProxyHops(), secret }
} catch (err) {
  if (!(err instanceof ConfigError)) throw err
  console.error(`\n[start] cannot start: ${err.message}\n`)
  process.exit(1)
}

if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('\n[start] there is no production build: run `npm run build` first.\n')
  process.exit(1)
}

const { serve } = await import('../src/server')
let server: http.Server
try {
  server = await serve({
    dir: root,
    port: settings.port,
    hops: settings.hops,
    standIn: nonceStandIn(settings.secret),
  })
} catch (err) {
  const taken = (err as NodeJS.ErrnoException).code === 'EADDRINUSE'
  console.error(
    taken
      ? `\n[start] port ${settings.port} is already in use by another process: stop it or set PORT.\n`
      : `\n[start] cannot listen on port ${settings.port}: ${(err as Error).message}\n`,
  )
  process.exit(1)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)))

// Payload starts on the first request: asking for /api/health applies migrations and starts the
// job runner without waiting for a visitor. The question carries a token only this process
// knows, so that another server answering on the port cannot pass for this one. Without its
// database the server is no use: stop, so that a supervisor sees the failure and restarts it.
const token = randomUUID()
let askedHere = false
server.on('request', (req: http.IncomingMessage) => {
  if (req.headers['x-siang-start-check'] === token) askedHere = true
})
const res = await fetch(`http://127.0.0.1:${settings.port}/api/health`, {
  headers: { 'x-siang-start-check': token },
}).catch(() => null)
if (res?.ok && askedHere) {
  console.log(`[start] Siang is ready on ${resolveServerURL()} (Node ${process.version})`)
} else {
  console.error(
    askedHere || !res
      ? '[start] the server did not become healthy (/api/health); see the log above. Stopping.'
      : `[start] another server answered on port ${settings.port}. Stopping.`,
  )
  process.exit(1)
}
