/**
 * The demo accounts, one for each role besides the admin, with random passwords. Development
 * only: a known account on a live site is a way in, so in production none is made.
 */
import type { Payload } from 'payload'
import { isProduction, type Env } from '../src/lib/env'
import { newPassword } from '../src/lib/passwords'
import { roleLabels, type Role } from '../src/lib/roles'
import type { User } from '../src/payload-types'
import { demoUsers } from './data/demoUsers'
import type { Login } from './logins'
import type { Run } from './types'

const notes: Partial<Record<Role, string>> = {
  'provincial-editor': 'Savannakhet only',
  partner: 'API and embeds, not the admin',
}

async function idOf(
  payload: Payload,
  collection: 'provinces' | 'partners',
  field: string,
  value: string,
) {
  const { docs } = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
  })
  return docs[0]?.id
}

/** Makes the demo accounts that do not exist yet; returns the sign-ins of those it made. */
export async function ensureDemoUsers(run: Run, env: Env = process.env): Promise<Login[]> {
  if (isProduction(env)) return []
  const { payload, context, counts } = run
  const made: Login[] = []
  for (const user of demoUsers) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: user.email } },
    })
    if (totalDocs > 0) {
      counts.skipped++
      continue
    }
    const province = user.province && (await idOf(payload, 'provinces', 'code', user.province))
    const partner = user.partner && (await idOf(payload, 'partners', 'slug', user.partner))
    const password = newPassword()
    await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        password,
        name: user.name,
        roles: [user.role],
        ...(province ? { provinces: [province] } : {}),
        ...(partner ? { partner } : {}),
      },
      context,
    })
    counts.created++
    made.push({
      role: roleLabels[user.role].en,
      email: user.email,
      password,
      note: notes[user.role],
    })
  }
  return made
}

/** The demo accounts that take the demo's review steps; the admin stands in for a missing one. */
export async function demoActors(payload: Payload, admin: User) {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { in: demoUsers.map((u) => u.email) } },
    limit: demoUsers.length,
    depth: 0,
  })
  const byRole = (role: Role) => docs.find((d) => d.roles?.includes(role)) ?? admin
  return { author: byRole('provincial-editor'), reviewer: byRole('reviewer') }
}

/** Removes the demo accounts (for --reset); the seed makes them again, with new passwords. */
export async function resetDemoUsers(run: Run): Promise<void> {
  const { docs } = await run.payload.delete({
    collection: 'users',
    where: { email: { in: demoUsers.map((u) => u.email) } },
    context: run.context,
  })
  run.counts.deleted += docs.length
}
