/**
 * `npm run dev`: applies migrations and seeds an empty database (printing the admin login),
 * then runs `next dev` and wakes Payload so the job runner starts at once.
 */
import { spawn } from 'node:child_process'
import { resolvePort, resolveServerURL } from '../src/lib/env'
import { bin, forward, root, run, warmUp } from './lib'

const port = resolvePort()
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

const seeded = await run(bin('tsx'), ['--conditions=production', 'seed/run.ts', '--if-empty'], env)
if (seeded !== 0) {
  console.error('[dev] the seed failed; see above.')
  process.exit(seeded)
}

const child = spawn(bin('next'), ['dev', '-p', String(port)], { cwd: root, env, stdio: 'inherit' })
forward(child)
if (await warmUp(port, child)) {
  console.log(`\n  Siang is running: ${resolveServerURL()}  (admin: ${resolveServerURL()}/admin)\n`)
}
