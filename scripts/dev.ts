/**
 * `npm run dev`: applies migrations and seeds an empty database, then runs `next dev` and wakes
 * Payload so the job runner starts at once. The sign-ins a first seed made are printed last,
 * once the server is ready, where the request log cannot scroll them away at once.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { resolvePort, resolveServerURL } from '../src/lib/env'
import { loginsFile } from '../seed/logins'
import { bin, forward, root, run, warmUp } from './lib'

const port = resolvePort()
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const logins = loginsFile()
const savedAt = () => (fs.existsSync(logins) ? fs.statSync(logins).mtimeMs : 0)
const before = savedAt()

const seeded = await run(
  bin('tsx'),
  ['--conditions=production', 'seed/run.ts', '--if-empty', '--logins-later'],
  env,
)
if (seeded !== 0) {
  console.error('[dev] the seed failed; see above.')
  process.exit(seeded)
}

const child = spawn(bin('next'), ['dev', '-p', String(port)], { cwd: root, env, stdio: 'inherit' })
forward(child)
if (await warmUp(port, child)) {
  console.log(`\n  Siang is running: ${resolveServerURL()}  (admin: ${resolveServerURL()}/admin)\n`)
  if (savedAt() !== before) {
    // After the log line of the request that woke the server, so that nothing follows the box.
    await new Promise((r) => setTimeout(r, 500))
    console.log(fs.readFileSync(logins, 'utf8'))
  }
}
