import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { dashboardData, type Dashboard } from '@/workflow/dashboard'
import { bootPayload, engine } from '../helpers/payload'
import { createRoleUsers, type RoleUsers } from '../helpers/users'

let payload: Payload
let u: RoleUsers
const DAY = 24 * 60 * 60 * 1000
const ids: Record<string, number | string> = {}

const titles = (list: Dashboard[keyof Omit<Dashboard, 'provinces'>]) => list.map((i) => i.title)

beforeAll(async () => {
  payload = await bootPayload()
  u = await createRoleUsers(payload)
  const as = (user: RoleUsers['admin']) =>
    ({ overrideAccess: false, user }) as { overrideAccess: false; user: never }
  const make = async (title: string, province: 'home' | 'away', extra: object = {}) => {
    const doc = await payload.create({
      collection: 'news',
      data: { title, provinces: [u[province].id], ...extra },
      draft: !('_status' in extra),
    })
    ids[title] = doc.id
    return doc
  }
  // Waiting for review: one in each province.
  for (const p of ['home', 'away'] as const) {
    const doc = await make(`review ${p}`, p)
    await payload.update({
      collection: 'news',
      id: doc.id,
      draft: true,
      data: { workflowAction: 'submit' } as never,
      ...as(u.editor),
    })
  }
  // Sent back with changes requested, at home.
  const back = await make('changes home', 'home')
  for (const [user, action] of [
    [u.provincial, 'submit'],
    [u.reviewer, 'request-changes'],
  ] as const)
    await payload.update({
      collection: 'news',
      id: back.id,
      draft: true,
      data: { workflowAction: action, workflowComment: 'Shorter, please' } as never,
      ...as(user),
    })
  // Scheduled: in two days (home and away), and in ten days.
  for (const [title, province, days] of [
    ['scheduled home', 'home', 2],
    ['scheduled away', 'away', 3],
    ['scheduled later', 'home', 10],
  ] as const) {
    const doc = await make(title, province)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: doc.id } },
      waitUntil: new Date(Date.now() + days * DAY),
    })
  }
  // Published: recently (home and away) and long ago.
  for (const [title, province, daysAgo] of [
    ['published home', 'home', 1],
    ['published away', 'away', 2],
    ['published long ago', 'home', 40],
  ] as const)
    await make(title, province, {
      _status: 'published',
      publishedAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
    })
})

afterAll(async () => {
  await payload?.destroy()
})

describe(`the editorial dashboard (${engine})`, () => {
  it.each(['reviewer', 'editor', 'admin'] as const)(
    'shows a %s the whole country',
    async (role) => {
      const d = await dashboardData(payload, u[role])
      expect(d.provinces).toBeNull()
      expect(titles(d.waiting).sort()).toEqual(['review away', 'review home'])
      expect(titles(d.changesRequested)).toEqual(['changes home'])
      expect(titles(d.scheduled)).toEqual(['scheduled home', 'scheduled away'])
      expect(titles(d.recent)).toEqual(['published home', 'published away'])
      expect(d.waiting.every((i) => i.workflowStatus === 'in-review')).toBe(true)
    },
  )

  it("limits a provincial editor to its provinces' work", async () => {
    const d = await dashboardData(payload, u.provincial)
    expect(d.provinces).toEqual([String(u.home.id)])
    expect(titles(d.waiting)).toEqual(['review home'])
    expect(titles(d.changesRequested)).toEqual(['changes home'])
    expect(titles(d.scheduled)).toEqual(['scheduled home'])
    expect(titles(d.recent)).toEqual(['published home'])
  })

  it('leaves out a schedule whose job is done', async () => {
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      limit: 0,
      overrideAccess: true,
    })
    const docs = jobs.filter(
      (j) => (j.input as { doc: { value: unknown } }).doc.value === ids['scheduled home'],
    )
    expect(docs).toHaveLength(1)
    await payload.update({
      collection: 'payload-jobs',
      id: docs[0].id,
      data: { completedAt: new Date().toISOString() },
      overrideAccess: true,
    })
    const d = await dashboardData(payload, u.editor)
    expect(titles(d.scheduled)).toEqual(['scheduled away'])
  })
})
