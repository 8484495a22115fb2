import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from '@jest/globals'
import { resetPassword } from '@/users/resetPassword'
import { keepLogins, loginsFile, readLogins } from '../../seed/logins'
import { engine, payloadForFile } from '../helpers/payload'

const payload = payloadForFile()
const root = path.resolve(import.meta.dirname, '../..')
const OLD = 'the old forgotten password'

const makeUser = (email: string) =>
  payload().create({
    collection: 'users',
    data: { email, password: OLD, roles: ['admin'] },
  })

const signsIn = (email: string, password: string) =>
  payload()
    .login({ collection: 'users', data: { email, password } })
    .then(
      () => true,
      () => false,
    )

/** `npm run admin:reset-password -- <email>`, on this test's database. */
async function script(email: string): Promise<{ code: number; out: string }> {
  const env = { ...process.env }
  delete env.NODE_OPTIONS // jest's flags are not the script's
  try {
    const { stdout } = await promisify(execFile)(
      path.join(root, 'node_modules/.bin/tsx'),
      ['--conditions=production', 'scripts/admin-reset-password.ts', email],
      { cwd: root, env, encoding: 'utf8' },
    )
    return { code: 0, out: stdout }
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string }
    return { code: failed.code, out: failed.stdout + failed.stderr }
  }
}

describe(`resetting a password (${engine})`, () => {
  it('gives the account a new random password, and the old one stops working', async () => {
    const user = await makeUser('forgetful@siang.local')
    expect(await signsIn('forgetful@siang.local', OLD)).toBe(true)
    const sessions = async () =>
      (
        (await payload().findByID({
          collection: 'users',
          id: user.id,
          showHiddenFields: true,
        })) as {
          sessions?: unknown[] | null
        }
      ).sessions ?? []
    expect((await sessions()).length).toBeGreaterThan(0)
    const password = await resetPassword(payload(), ' Forgetful@siang.local ')
    // Whoever signed in with the old password is signed out.
    expect(await sessions()).toEqual([])
    expect(password).toMatch(/^[\w-]{16}$/)
    expect(await signsIn('forgetful@siang.local', password!)).toBe(true)
    expect(await signsIn('forgetful@siang.local', OLD)).toBe(false)
    expect(await resetPassword(payload(), 'nobody@siang.local')).toBeNull()
  })

  it('npm run admin:reset-password prints the new password once, in a box, and refuses an unknown email', async () => {
    await makeUser('admin-reset@siang.local')
    // The first sign-ins, as a development seed keeps them beside the database.
    const file = loginsFile()
    const first = [
      { role: 'Admin', email: 'admin-reset@siang.local', password: 'x'.repeat(16) },
      { role: 'Reviewer', email: 'reviewer@siang.local', password: 'y'.repeat(16), note: 'demo' },
    ]
    keepLogins(file, first, true, 'http://localhost:3000')
    const { code, out } = await script('admin-reset@siang.local')
    expect(code).toBe(0)
    expect(out).toMatch(/┌─+┐/)
    const password = /admin-reset@siang\.local\s+([\w-]{16})\s/.exec(out)?.[1]
    expect(password).toBeDefined()
    expect(await signsIn('admin-reset@siang.local', password!)).toBe(true)
    expect(await signsIn('admin-reset@siang.local', OLD)).toBe(false)
    // The kept file follows, in place, and stays the owner's only.
    expect(readLogins(file)).toEqual([{ ...first[0], password }, first[1]])
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)

    const unknown = await script('nobody@siang.local')
    expect(unknown.code).toBe(1)
    expect(unknown.out).toContain('no account has the email nobody@siang.local')
  }, 60_000)
})
