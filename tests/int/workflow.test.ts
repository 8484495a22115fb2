import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { News } from '@/payload-types'
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

type Who = RoleUsers['admin']
const as = (user: Who | undefined) =>
  ({ overrideAccess: false, user }) as { overrideAccess: false; user: never }

/** A provincial editor's draft in its own province. */
const draft = (title: string) =>
  payload.create({
    collection: 'news',
    data: { title, provinces: [u.home.id] },
    draft: true,
    ...as(u.provincial),
  })

/** Takes a review action as a user, saving a draft (or publishing, when asked). */
const act = (
  user: Who,
  id: number | string,
  workflowAction: string,
  extra: { workflowComment?: string; _status?: 'published' } = {},
) =>
  payload.update({
    collection: 'news',
    id,
    data: { workflowAction, ...extra } as never,
    draft: extra._status !== 'published',
    ...as(user),
  }) as Promise<News>

const latest = (id: number | string) =>
  payload.findByID({ collection: 'news', id, draft: true, ...as(u.admin) }) as Promise<News>

describe(`the editorial workflow (${engine})`, () => {
  it('starts every document as a draft with no history', async () => {
    const doc = await draft('Fresh')
    expect(doc.workflowStatus).toBe('draft')
    expect(doc.workflowHistory ?? []).toEqual([])
  })

  it('runs draft → in review → changes requested → in review → approved and published, recording each step', async () => {
    const doc = await draft('Savannakhet radio week')
    const submitted = await act(u.provincial, doc.id, 'submit', { workflowComment: 'Ready' })
    expect(submitted.workflowStatus).toBe('in-review')

    await act(u.reviewer, doc.id, 'request-changes', { workflowComment: 'Add the hotline number' })
    expect((await latest(doc.id)).workflowStatus).toBe('changes-requested')

    await act(u.provincial, doc.id, 'submit')
    await act(u.editor, doc.id, 'approve', { _status: 'published' })
    const done = await latest(doc.id)
    expect(done.workflowStatus).toBe('approved')
    expect(done._status).toBe('published')
    const steps = (done.workflowHistory ?? []).map((h) => [h.from, h.to, h.byName, h.comment])
    expect(steps).toEqual([
      ['draft', 'in-review', u.provincial.email, 'Ready'],
      ['in-review', 'changes-requested', u.reviewer.email, 'Add the hotline number'],
      ['changes-requested', 'in-review', u.provincial.email, null],
      ['in-review', 'approved', u.editor.email, null],
    ])
    for (const h of done.workflowHistory ?? []) {
      expect(Date.parse(h.at)).toBeGreaterThan(Date.now() - 60_000)
      expect(h.by).toBeDefined()
    }
  })

  it.each([
    ['provincial', 'submit', 'in-review'],
    ['editor', 'submit', 'in-review'],
    ['admin', 'submit', 'in-review'],
    ['reviewer', 'request-changes', 'changes-requested'],
    ['editor', 'request-changes', 'changes-requested'],
    ['admin', 'request-changes', 'changes-requested'],
    ['reviewer', 'approve', 'approved'],
    ['editor', 'approve', 'approved'],
    ['admin', 'approve', 'approved'],
  ] as const)('lets a %s %s (→ %s)', async (role, action, to) => {
    const doc = await draft(`Allowed ${role} ${action}`)
    if (action !== 'submit') await act(u.provincial, doc.id, 'submit')
    const done = await act(u[role], doc.id, action, { workflowComment: 'Noted' })
    expect(done.workflowStatus).toBe(to)
    expect(done.workflowHistory?.at(-1)).toMatchObject({ to, byName: u[role].email })
  })

  it.each([
    ['reviewer', 'submit'],
    ['partner', 'submit'],
    ['provincial', 'approve'],
    ['provincial', 'request-changes'],
  ] as const)('refuses a %s the action %s (403)', async (role, action) => {
    const doc = await draft(`Refused ${role} ${action}`)
    if (action !== 'submit') await act(u.provincial, doc.id, 'submit')
    const before = (await latest(doc.id)).workflowStatus
    await expect(act(u[role], doc.id, action, { workflowComment: 'x' })).rejects.toMatchObject({
      status: 403,
    })
    expect((await latest(doc.id)).workflowStatus).toBe(before)
  })

  it.each([
    ['reviewer', 'approve'],
    ['editor', 'request-changes'],
  ] as const)(
    'lets a %s %s only work in a status it applies to (else 400)',
    async (role, action) => {
      const doc = await draft(`Early ${role} ${action}`)
      await expect(act(u[role], doc.id, action, { workflowComment: 'x' })).rejects.toMatchObject({
        status: 400,
      })
      expect((await latest(doc.id)).workflowStatus).toBe('draft')
    },
  )

  it('asks for a comment when changes are requested', async () => {
    const doc = await draft('Needs a reason')
    await act(u.provincial, doc.id, 'submit')
    await expect(
      act(u.reviewer, doc.id, 'request-changes', { workflowComment: '   ' }),
    ).rejects.toMatchObject({ status: 400 })
    expect((await latest(doc.id)).workflowStatus).toBe('in-review')
  })

  it('never takes a status or a history written by a client', async () => {
    const doc = await draft('Sneaky')
    await payload.update({
      collection: 'news',
      id: doc.id,
      draft: true,
      data: {
        workflowStatus: 'approved',
        workflowHistory: [{ from: 'draft', to: 'approved', at: new Date().toISOString() }],
      },
      ...as(u.provincial),
    })
    const after = await latest(doc.id)
    expect(after.workflowStatus).toBe('draft')
    expect(after.workflowHistory ?? []).toEqual([])
  })

  it('counts publishing as approval, and sends approved work its author changes back to draft', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: { title: 'Published by an editor', provinces: [u.home.id], _status: 'published' },
      ...as(u.editor),
    })
    expect(doc.workflowStatus).toBe('approved')
    expect(doc.workflowHistory?.map((h) => [h.from, h.to])).toEqual([['draft', 'approved']])
    await payload.update({
      collection: 'news',
      id: doc.id,
      draft: true,
      data: { title: 'Published by an editor, then changed in the province' },
      ...as(u.provincial),
    })
    const changed = await latest(doc.id)
    expect(changed.workflowStatus).toBe('draft')
    expect(changed.workflowHistory?.at(-1)).toMatchObject({ from: 'approved', to: 'draft' })
  })

  it('shows the workflow to staff only: never who reviewed what, nor their comments', async () => {
    // Published by an editor: one step in the history, with the editor's name.
    const doc = await payload.create({
      collection: 'news',
      data: { title: 'Public item', provinces: [u.home.id], _status: 'published' },
      ...as(u.editor),
    })
    const staffView = await payload.findByID({ collection: 'news', id: doc.id, ...as(u.reviewer) })
    expect(staffView.workflowStatus).toBe('approved')
    expect(staffView.workflowHistory?.at(-1)).toMatchObject({
      to: 'approved',
      byName: u.editor.email,
    })
    const anonymous = await payload.findByID({ collection: 'news', id: doc.id, ...as(undefined) })
    expect(anonymous.title).toBe('Public item')
    expect(anonymous).not.toHaveProperty('workflowStatus')
    expect(JSON.stringify(anonymous)).not.toContain(u.editor.email)
    expect(anonymous.workflowHistory ?? []).toEqual([])
  })
})
