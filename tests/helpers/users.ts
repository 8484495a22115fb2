import type { Payload } from 'payload'
import type { Partner, Province, User } from '@/payload-types'

export type RoleUsers = {
  admin: User
  editor: User
  provincial: User
  reviewer: User
  partner: User
  /** The province the provincial editor is bound to, and one that is not theirs. */
  home: Province
  away: Province
  partnerOrg: Partner
}

let counter = 0

async function ensureProvince(payload: Payload, code: string, title: string): Promise<Province> {
  const { docs } = await payload.find({
    collection: 'provinces',
    where: { code: { equals: code } },
  })
  if (docs[0]) return docs[0]
  return payload.create({
    collection: 'provinces',
    data: { code, title, slug: title.toLowerCase() },
  })
}

/** One user per role, made by the system, returned as Local API `user` values. */
export async function createRoleUsers(payload: Payload): Promise<RoleUsers> {
  const tag = `${Date.now()}-${counter++}`
  const home = await ensureProvince(payload, 'LA-SV', 'Savannakhet')
  const away = await ensureProvince(payload, 'LA-LP', 'Luang Prabang')
  const partnerOrg = await payload.create({
    collection: 'partners',
    data: {
      title: `Partner ${tag}`,
      kind: 'ngo',
      allowedEmbedOrigins: [{ origin: 'https://partner.example.org' }],
    },
  })
  const make = async (role: User['roles'][number], extra: Partial<User> = {}): Promise<User> => {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `${role}-${tag}@test.local`,
        password: 'correct horse battery',
        roles: [role],
        ...extra,
      },
    })
    return { ...user, collection: 'users' } as User
  }
  return {
    admin: await make('admin'),
    editor: await make('editor'),
    provincial: await make('provincial-editor', { provinces: [home.id] }),
    reviewer: await make('reviewer'),
    partner: await make('partner', { partner: partnerOrg.id }),
    home,
    away,
    partnerOrg,
  }
}
