/**
 * `npm run seed [-- --reset]`: demo content, idempotent.
 * `--if-empty` (used by `npm run dev`) seeds only a database with no users. `--no-demo` (or
 * SEED_DEMO=0) seeds the admin, provinces, topics and settings without the demo campaign.
 * `--logins-later` (used by `npm run dev`, which prints them once the server is ready) keeps the
 * sign-ins this run made to the file only.
 */
import { getPayload } from 'payload'
import '../src/lib/loadEnv'
import config from '../src/payload.config'
import { seed, type SeedResult } from './index'
import { isProduction, resolveServerURL, setting } from '../src/lib/env'
import { keepLogins, loginsBox, loginsFile, loginsFooter } from './logins'

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
  if (result.logins.length) showLogins(result)
}

/** Printed last, in a box; outside production also kept in a file only this user may read. */
function showLogins(result: SeedResult): void {
  const file = isProduction() ? null : loginsFile()
  // A run that made the admin is a new install: what an earlier one left is no use.
  if (file) keepLogins(file, result.logins, Boolean(result.admin), resolveServerURL())
  if (file && args.has('--logins-later'))
    console.log(
      `[seed] ${result.logins.length} sign-ins kept in ${file}; shown when the server is ready.`,
    )
  else {
    const footer = loginsFooter(file, resolveServerURL())
    console.log(`\n${loginsBox('Siang sign-ins (shown once)', result.logins, footer)}\n`)
  }
}

main().then(
  // Payload keeps database handles open; the seed is done.
  () => process.exit(0),
  (err) => {
    console.error('[seed] failed:', err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
