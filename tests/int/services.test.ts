import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { bootPayload, engine } from '../helpers/payload'
import { createRoleUsers, type RoleUsers } from '../helpers/users'

let payload: Payload
let u: RoleUsers

beforeAll(async () => {
  payload = await bootPayload()
  u = await createRoleUsers(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

const as = (user: RoleUsers[keyof RoleUsers] | undefined) =>
  ({ overrideAccess: false, user }) as { overrideAccess: false; user: never }

const service = (province: number | undefined, name: string, extra = {}) => ({
  name,
  kind: 'police' as const,
  province,
  phone: '+856 21 000 100',
  ...extra,
})

describe(`the services directory (${engine})`, () => {
  it('shows visitors published services only, never a draft', async () => {
    const live = await payload.create({
      collection: 'services',
      data: { ...service(u.home.id, 'Live unit'), _status: 'published' },
    })
    const draft = await payload.create({
      collection: 'services',
      data: service(u.home.id, 'Secret draft unit'),
      draft: true,
    })
    for (const user of [undefined, u.partner]) {
      const { docs } = await payload.find({
        collection: 'services',
        draft: true,
        limit: 100,
        ...as(user),
      })
      const ids = docs.map((d) => d.id)
      expect(ids).toContain(live.id)
      expect(ids).not.toContain(draft.id)
    }
  })

  it('lets a provincial editor keep its own province’s services, and no other', async () => {
    const mine = await payload.create({
      collection: 'services',
      data: service(u.home.id, 'Home unit'),
      ...as(u.provincial),
    })
    expect(mine.name).toBe('Home unit')
    await expect(
      payload.create({
        collection: 'services',
        data: service(u.away.id, 'Away unit'),
        ...as(u.provincial),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const theirs = await payload.create({
      collection: 'services',
      data: service(u.away.id, 'Their unit'),
    })
    await expect(
      payload.update({
        collection: 'services',
        id: theirs.id,
        data: { name: 'Taken over' },
        ...as(u.provincial),
      }),
    ).rejects.toMatchObject({ status: 403 })
    // Nor may it move its own out of its province.
    await expect(
      payload.update({
        collection: 'services',
        id: mine.id,
        data: { province: u.away.id },
        ...as(u.provincial),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const editor = await payload.update({
      collection: 'services',
      id: theirs.id,
      data: { name: 'Renamed by the national level' },
      ...as(u.editor),
    })
    expect(editor.name).toBe('Renamed by the national level')
  })

  it('keeps embassies, which have no province, to the national level', async () => {
    const embassy = { kind: 'embassy' as const, country: 'Thailand', name: 'Embassy' }
    await expect(
      payload.create({ collection: 'services', data: embassy, ...as(u.provincial) }),
    ).rejects.toMatchObject({ status: 403 })
    const made = await payload.create({ collection: 'services', data: embassy, ...as(u.editor) })
    expect(made.province ?? null).toBeNull()
  })

  it('asks for a province, or a country for an embassy, and a real phone number', async () => {
    await expect(
      payload.create({ collection: 'services', data: service(undefined, 'Nowhere') }),
    ).rejects.toThrow(/province/i)
    await expect(
      payload.create({
        collection: 'services',
        data: { name: 'Embassy', kind: 'embassy' },
      }),
    ).rejects.toThrow(/country/i)
    await expect(
      payload.create({
        collection: 'services',
        data: service(u.home.id, 'Bad phone', { phone: 'call me' }),
      }),
    ).rejects.toThrow(/phone/i)
  })
})

describe(`the help settings (${engine})`, () => {
  it('takes only an https address as the quick exit', async () => {
    for (const bad of ['javascript:alert(1)', 'http://weather.example.com', 'data:text/html,x'])
      await expect(
        payload.updateGlobal({ slug: 'site-settings', data: { quickExitUrl: bad } }),
      ).rejects.toThrow(/quick|https|web address/i)
    const ok = await payload.updateGlobal({
      slug: 'site-settings',
      data: { quickExitUrl: 'https://weather.example.com/' },
    })
    expect(ok.quickExitUrl).toBe('https://weather.example.com/')
  })

  it('refuses a messaging handle that the app cannot open', async () => {
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        data: { messaging: [{ platform: 'whatsapp', handle: 'not-a-number' }] },
      }),
    ).rejects.toThrow(/messag|handle|number/i)
  })
})
