/**
 * `npm run seed [-- --reset]`: demo content, idempotent.
 * `--if-empty` (used by `npm run dev`) seeds only a database with no users. `--no-demo` (or
 * SEED_DEMO=0) seeds the admin, provinces, topics and settings without the demo campaign.
 * `--logins-later` (used by `npm run dev`, which prints them once the server is ready) keeps the
 * sign-ins this run made to the file only.
 */
import path from 'node:path'
import { getPayload } from 'payload'
import '../src/lib/loadEnv'
import config from '../src/payload.config'
import { seed } from './index'
import { isProduction, resolveServerURL, setting } from '../src/lib/env'
import { loginsBox, loginsFile, saveLogins, type Login } from './logins'

const args = new Set(process.argv.slice(2))

async function main(): Promise<void> {
  // Background jobs (data-saver copies) belong to the server: this process exits when done.
  process.env.JOBS_AUTORUN = 'false'
  const started = Date.now()
  const payload = await getPayload({ config })
  if (args.has('--if-empty')) {
    const { totalDocs } = await payload.count({ collection: 'users' })
    if (totalDocs > 0) {
      console.log('[seed] the database already has users: not seeding.')
      return
    }
  }
  const result = await seed(payload, {
    reset: args.has('--reset'),
    demo: !args.has('--no-demo') && setting('SEED_DEMO') !== '0',
    log: (line) => console.log(`[seed] ${line}`),
    adminEmail: setting('ADMIN_EMAIL'),
    adminPassword: setting('ADMIN_PASSWORD'),
  })
  console.log(
    `[seed] created ${result.created}, unchanged ${result.skipped}, deleted ${result.deleted} ` +
      `(${Date.now() - started} ms)`,
  )
  if (result.logins.length) showLogins(result.logins)
}

/** Printed last, in a box; outside production also kept in a file only this user may read. */
function showLogins(logins: Login[]): void {
  const file = isProduction() ? null : loginsFile()
  const relative = file && path.relative(process.cwd(), file)
  const where = relative?.startsWith('..') ? file : relative
  const box = loginsBox('Siang sign-ins (shown once)', logins, [
    `Sign in at ${resolveServerURL()}/admin`,
    ...(where ? [`Kept in ${where} (yours only): delete it once you have noted them.`] : []),
    'A new password for an account: npm run admin:reset-password -- <email>',
  ])
  if (file) saveLogins(file, box)
  if (file && args.has('--logins-later'))
    console.log(
      `[seed] ${logins.length} sign-ins kept in ${where}; shown when the server is ready.`,
    )
  else console.log(`\n${box}\n`)
}

main().then(
  // Payload keeps database handles open; the seed is done.
  () => process.exit(0),
  (err) => {
    console.error('[seed] failed:', err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
