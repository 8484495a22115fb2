/**
 * `npm run seed [-- --reset]`: demo content, idempotent.
 * `--if-empty` (used by `npm run dev`) seeds only a database with no users. `--no-demo` (or
 * SEED_DEMO=0) seeds the admin, provinces, topics and settings without the demo campaign.
 */
import { getPayload } from 'payload'
import '../src/lib/loadEnv'
import config from '../src/payload.config'
import { seed } from './index'
import { setting } from '../src/lib/env'

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
  if (result.admin) {
    const { email, password, generated } = result.admin
    console.log('')
    console.log('  Admin login (shown once):')
    console.log(`    email:    ${email}`)
    console.log(`    password: ${generated ? password : '(from ADMIN_PASSWORD)'}`)
    console.log('')
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
