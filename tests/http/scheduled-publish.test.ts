import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { adminLogin, api, server } from '../helpers/http'

let payload: Payload
let admin: string

beforeAll(async () => {
  // The test queues the job through the Local API on the server's own database file; the
  // running `npm start` must pick it up with its job runner and publish.
  process.env.DATABASE_URI = server().databaseURI
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  payload = await getPayload({ config })
  admin = await adminLogin()
})

afterAll(async () => {
  await payload?.destroy()
})

describe('scheduled publishing under npm start', () => {
  it('publishes a draft at its scheduled time, with no request from anyone', async () => {
    const created = await api<{ doc: { id: number; _status: string } }>('/api/news?draft=true', {
      method: 'POST',
      token: admin,
      body: { title: `Scheduled news ${Date.now()}` },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await api(`/api/news/${id}`)).status).toBe(404)

    const me = await api<{ user: { id: number } }>('/api/users/me', { token: admin })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'news', value: id },
        user: { relationTo: 'users', value: me.body.user.id },
      },
      waitUntil: new Date(Date.now() + 2000),
    })

    let status = 404
    const deadline = Date.now() + 45_000
    while (status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500))
      status = (await api(`/api/news/${id}`)).status
    }
    expect(status).toBe(200)
    const doc = await api<{ _status: string; publishedAt: string }>(`/api/news/${id}`)
    expect(doc.body._status).toBe('published')
    expect(doc.body.publishedAt).toBeTruthy()
    // Publishing by the job counts as approval in the review workflow.
    const asStaff = await api<{ workflowStatus: string }>(`/api/news/${id}`, { token: admin })
    expect(asStaff.body.workflowStatus).toBe('approved')
  }, 60_000)
})
