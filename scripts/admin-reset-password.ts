/**
 * `npm run admin:reset-password [-- <email>]`: gives an account (the admin from ADMIN_EMAIL, or
 * admin@siang.local, when no email is named) a new random password, and prints it once. For a
 * forgotten admin password, on the machine that holds the database; no mail needed.
 */
import { getPayload } from 'payload'
import '../src/lib/loadEnv'
import config from '../src/payload.config'
import fs from 'node:fs'
import { isProduction, resolveServerURL, setting } from '../src/lib/env'
import { resetPassword } from '../src/users/resetPassword'
import { keepLogins, loginsBox, loginsFile, readLogins } from '../seed/logins'

async function main(): Promise<number> {
  // Background jobs belong to the server: this process exits when done.
  process.env.JOBS_AUTORUN = 'false'
  const email = (process.argv[2] || setting('ADMIN_EMAIL') || 'admin@siang.local').toLowerCase()
  const payload = await getPayload({ config })
  const password = await resetPassword(payload, email)
  if (!password) {
    console.error(`[admin:reset-password] no account has the email ${email}.`)
    return 1
  }
  const login = { role: 'Account', email, password }
  const footer = [`Sign in at ${resolveServerURL()}/admin, then change it under Account.`]
  console.log(`\n${loginsBox('New password (shown once)', [login], footer)}\n`)
  // The first sign-ins' file, while it is kept, must not hold the old password.
  const file = loginsFile()
  if (!isProduction() && fs.existsSync(file)) {
    const earlier = readLogins(file).find((l) => l.email === email)
    keepLogins(file, [{ ...(earlier ?? login), password }], false, resolveServerURL())
    console.log(`[admin:reset-password] updated in ${file} too.`)
  }
  return 0
}

main().then(
  // Payload keeps database handles open; the work is done.
  (code) => process.exit(code),
  (err) => {
    console.error('[admin:reset-password] failed:', err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
