import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { contentTypes, requiredFields } from '../fixtures/content'
import { bootPayload, engine } from '../helpers/payload'
import { createRoleUsers, type RoleUsers } from '../helpers/users'

let payload: Payload
let u: RoleUsers
let dramaId: number | string

beforeAll(async () => {
  payload = await bootPayload()
  u = await createRoleUsers(payload)
  const drama = await payload.create({
    collection: 'dramas',
    data: { title: 'Host', format: 'long', _status: 'published' },
  })
  dramaId = drama.id
})

afterAll(async () => {
  await payload?.destroy()
})

const asUser = (user: RoleUsers[keyof RoleUsers] | undefined) =>
  ({ overrideAccess: false, user }) as { overrideAccess: false; user: never }

describe(`Local API access for users (${engine})`, () => {
  it.each(contentTypes)(
    '%s: anonymous and partner reads never return drafts, even with draft: true',
    async (type) => {
      const data = { ...requiredFields(type, dramaId), title: `secret draft ${type}` }
      const draft = await payload.create({ collection: type, data: data as never, draft: true })
      for (const user of [undefined, u.partner]) {
        const found = await payload.find({
          collection: type,
          draft: true,
          limit: 100,
          ...asUser(user),
        })
        expect(found.docs.map((d) => d.id)).not.toContain(draft.id)
        await expect(
          payload.findByID({ collection: type, id: draft.id, draft: true, ...asUser(user) }),
        ).rejects.toMatchObject({ status: 404 })
        await expect(
          payload.findVersions({ collection: type, ...asUser(user) }),
        ).rejects.toMatchObject({ status: 403 })
      }
      const staffView = await payload.findByID({
        collection: type,
        id: draft.id,
        draft: true,
        ...asUser(u.reviewer),
      })
      expect(staffView.title).toBe(`secret draft ${type}`)
    },
  )

  it('lets a provincial editor draft only inside its provinces, and never publish', async () => {
    const mine = await payload.create({
      collection: 'news',
      data: { title: 'Savannakhet briefing', provinces: [u.home.id] },
      draft: true,
      ...asUser(u.provincial),
    })
    expect(mine._status).toBe('draft')
    await expect(
      payload.create({
        collection: 'news',
        data: { title: 'x', provinces: [u.away.id] },
        draft: true,
        ...asUser(u.provincial),
      }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/your own provinces/) })
    await expect(
      payload.create({
        collection: 'news',
        data: { title: 'x' },
        draft: true,
        ...asUser(u.provincial),
      }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/at least one of your provinces/),
    })
    await expect(
      payload.update({
        collection: 'news',
        id: mine.id,
        data: { _status: 'published' },
        ...asUser(u.provincial),
      }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/cannot publish/) })
  })

  it('stops a provincial editor from unpublishing, while letting it save drafts over published work', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: { title: 'Published in province', provinces: [u.home.id], _status: 'published' },
    })
    const draftOver = await payload.update({
      collection: 'news',
      id: doc.id,
      data: { title: 'Draft edit' },
      draft: true,
      ...asUser(u.provincial),
    })
    expect(draftOver.title).toBe('Draft edit')
    const publicView = await payload.findByID({
      collection: 'news',
      id: doc.id,
      ...asUser(undefined),
    })
    expect(publicView.title).toBe('Published in province')
    await expect(
      payload.update({
        collection: 'news',
        id: doc.id,
        data: { _status: 'draft' },
        ...asUser(u.provincial),
      }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/cannot change published work/),
    })
  })

  it('lets a reviewer publish and unpublish but not create or delete', async () => {
    const doc = await payload.create({
      collection: 'songs',
      data: { title: 'For review' },
      draft: true,
    })
    const published = await payload.update({
      collection: 'songs',
      id: doc.id,
      data: { _status: 'published' },
      ...asUser(u.reviewer),
    })
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
    const unpublished = await payload.update({
      collection: 'songs',
      id: doc.id,
      data: { _status: 'draft' },
      ...asUser(u.reviewer),
    })
    expect(unpublished._status).toBe('draft')
    await expect(
      payload.create({ collection: 'songs', data: { title: 'x' }, ...asUser(u.reviewer) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.delete({ collection: 'songs', id: doc.id, ...asUser(u.reviewer) }),
    ).rejects.toMatchObject({
      status: 403,
    })
  })

  it('keeps provinces, partners, users and settings for admins', async () => {
    await expect(
      payload.update({
        collection: 'provinces',
        id: u.home.id,
        data: { code: 'LA-ZZ' },
        ...asUser(u.editor),
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        data: { footerText: 'x' },
        ...asUser(u.editor),
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'x@y.z', password: 'xxxxxxxxxx', roles: ['admin'] },
        ...asUser(u.editor),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const settings = await payload.updateGlobal({
      slug: 'site-settings',
      data: { footerText: 'ok' },
      ...asUser(u.admin),
    })
    expect(settings.footerText).toBe('ok')
  })

  it('shows a partner its own contacts and origins, and no one else’s', async () => {
    const other = await payload.create({
      collection: 'partners',
      data: {
        title: 'Other',
        kind: 'media',
        allowedEmbedOrigins: [{ origin: 'https://other.example.org' }],
      },
    })
    const own = await payload.findByID({
      collection: 'partners',
      id: u.partnerOrg.id,
      ...asUser(u.partner),
    })
    expect(own.allowedEmbedOrigins?.map((o) => o.origin)).toEqual(['https://partner.example.org'])
    const theirs = await payload.findByID({
      collection: 'partners',
      id: other.id,
      ...asUser(u.partner),
    })
    expect(theirs.title).toBe('Other')
    expect(theirs.allowedEmbedOrigins ?? []).toEqual([])
  })

  it('lets a user read only itself, and an admin everyone', async () => {
    const mine = await payload.find({ collection: 'users', ...asUser(u.editor) })
    expect(mine.docs.map((d) => d.id)).toEqual([u.editor.id])
    const all = await payload.find({ collection: 'users', ...asUser(u.admin) })
    expect(all.totalDocs).toBeGreaterThanOrEqual(5)
    const anonymous = await payload
      .find({ collection: 'users', ...asUser(undefined) })
      .catch((e) => e)
    expect(anonymous.status ?? anonymous.totalDocs).toBe(403)
  })

  it('refuses a provincial editor any edit of national work (no provinces)', async () => {
    const national = await payload.create({
      collection: 'news',
      data: { title: 'National plan' },
      draft: true,
    })
    await expect(
      payload.update({
        collection: 'news',
        id: national.id,
        data: { provinces: [u.home.id] },
        draft: true,
        ...asUser(u.provincial),
      }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/national/) })
  })

  it('never publishes a schedule made by a provincial editor, and lets only publishers cancel one', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: { title: 'Province news', provinces: [u.home.id] },
      draft: true,
    })
    const schedule = (user: RoleUsers['provincial'], waitUntil: Date) =>
      payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'news', value: doc.id as number },
          user: { relationTo: 'users', value: user.id },
        },
        waitUntil,
      })
    await schedule(u.provincial, new Date(Date.now() - 1000))
    await payload.jobs.run({ silent: true })
    expect((await payload.findByID({ collection: 'news', id: doc.id }))._status).toBe('draft')

    const job = await schedule(u.reviewer, new Date(Date.now() + 3_600_000))
    const attempt = await payload.delete({
      collection: 'payload-jobs',
      where: { id: { equals: job.id } },
      user: u.provincial,
    })
    expect(attempt.errors[0]?.message).toMatch(/Only reviewers, editors and admins/)
    const left = await payload.count({
      collection: 'payload-jobs',
      where: { id: { equals: job.id } },
    })
    expect(left.totalDocs).toBe(1)
  })

  it('keeps partners out of the admin and away from document locks', async () => {
    await expect(
      payload.find({ collection: 'payload-locked-documents', ...asUser(u.partner) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({
        collection: 'payload-locked-documents',
        data: {
          document: { relationTo: 'news', value: 1 },
          user: { relationTo: 'users', value: u.partner.id },
        },
        ...asUser(u.partner),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const users = payload.collections.users.config
    expect(await users.access.admin!({ req: { user: u.partner } as never })).toBe(false)
    expect(await users.access.admin!({ req: { user: u.provincial } as never })).toBe(true)
  })
})
