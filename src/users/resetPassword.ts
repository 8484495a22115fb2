import type { Payload } from 'payload'
import { newPassword } from '../lib/passwords'
import { slugs } from '@/lib/slugs'

/**
 * Gives the account with this email a new random password, through the Local API (so that
 * Payload hashes it as a sign-in would expect). Payload ends every session signed in with the old
 * password as it changes (tests/int/reset-password.test.ts checks it). Returns the password, or
 * null when no account has that email.
 */
export async function resetPassword(payload: Payload, email: string): Promise<string | null> {
  const { docs } = await payload.find({
    collection: slugs.users,
    where: { email: { equals: email.trim().toLowerCase() } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) return null
  const password = newPassword()
  await payload.update({
    collection: slugs.users,
    id: docs[0].id,
    data: { password },
    depth: 0,
  })
  return password
}
