/**
 * What other things point at can be deleted, as the schema says: a redirect's link to a quiz or
 * a poll goes with it. These references were added by migrations without a rule, so SQLite
 * refused the delete (400). The podcast feeds' artwork is kept on purpose, with a reason (409).
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { options, questions } from '../helpers/answerFixtures'
import { adminLogin, api, uploadMedia } from '../helpers/http'

const stamp = Date.now().toString(36)
let admin: string
type Settings = { podcast?: { artwork?: number | null } }
let artworkBefore: number | null = null

beforeAll(async () => {
  admin = await adminLogin()
  const settings = await api<Settings>('/api/globals/site-settings?depth=0', { token: admin })
  artworkBefore = settings.body.podcast?.artwork ?? null
})

/** Images this file uploaded, deleted after it should a test stop half-way. */
const uploaded: number[] = []

afterAll(async () => {
  await api('/api/globals/site-settings', {
    method: 'POST',
    token: admin,
    body: { podcast: { artwork: artworkBefore } },
  })
  for (const id of uploaded) await api(`/api/media/${id}`, { method: 'DELETE', token: admin })
})

async function upload(name: string): Promise<number> {
  const bytes = fs.readFileSync(path.resolve('seed/assets/images/podcast-artwork.jpg'))
  const image = await uploadMedia<{ doc: { id: number } }>(
    admin,
    { name: `${name}-${stamp}.jpg`, bytes, type: 'image/jpeg' },
    { alt: `${name} ${stamp}` },
  )
  expect(image.status).toBe(201)
  uploaded.push(image.body.doc.id)
  return image.body.doc.id
}

const settingsArtwork = async () =>
  (await api<Settings>('/api/globals/site-settings?depth=0', { token: admin })).body.podcast
    ?.artwork ?? null

describe('deleting what others point at', () => {
  it('an image that is the podcast artwork: refused with what to do (409) until other artwork is chosen', async () => {
    const id = await upload('artwork')
    const choose = (artwork: number | null) =>
      api('/api/globals/site-settings', {
        method: 'POST',
        token: admin,
        body: { podcast: { artwork } },
      })
    expect((await choose(id)).status).toBe(200)
    expect(await settingsArtwork()).toBe(id)

    const remove = (headers: Record<string, string>) =>
      api<{ errors: { message: string }[] }>(`/api/media/${id}`, {
        method: 'DELETE',
        token: admin,
        headers,
      })
    const english = await remove({ 'Accept-Language': 'en' })
    expect(english.status).toBe(409)
    expect(english.body.errors[0].message).toMatch(/^This image is the podcast feeds’ artwork/)
    const lao = await remove({ Cookie: 'payload-lng=lo' })
    expect(lao.status).toBe(409)
    expect(lao.body.errors[0].message).toMatch(/^ຮູບນີ້ແມ່ນຮູບປົກຂອງຟີດພອດແຄສ/)
    // Nothing was touched: the image, its file and the setting are as they were.
    const kept = await api<{ url: string }>(`/api/media/${id}`, { token: admin })
    expect(kept.status).toBe(200)
    const file = await fetch(kept.body.url, {
      headers: { Authorization: `JWT ${admin}` },
    })
    expect(file.status).toBe(200)
    expect(await settingsArtwork()).toBe(id)

    // Among several: the others go, and the reason names this one.
    const other = await upload('other')
    const both = await api<{ errors: { id: number; message: string }[] }>(
      `/api/media?where[id][in][0]=${id}&where[id][in][1]=${other}`,
      { method: 'DELETE', token: admin, headers: { Cookie: 'payload-lng=lo' } },
    )
    expect(both.status).toBe(400)
    expect(both.body.errors).toEqual([
      expect.objectContaining({ id, message: expect.stringMatching(/^ຮູບນີ້ແມ່ນຮູບປົກ/) }),
    ])
    expect((await api(`/api/media/${other}`, { token: admin })).status).toBe(404)
    expect((await api(`/api/media/${id}`, { token: admin })).status).toBe(200)

    expect((await choose(artworkBefore)).status).toBe(200)
    expect((await remove({})).status).toBe(200)
    expect((await api(`/api/media/${id}`, { token: admin })).status).toBe(404)
  })

  it.each([
    ['quizzes', { title: `ແບບທົດສອບ ${stamp}`, questions }],
    ['polls', { title: `ຄຳຖາມ ${stamp}`, options }],
  ])(
    '%s a redirect leads to: deleted, and the redirect leads nowhere',
    async (collection, body) => {
      const made = await api<{ doc: { id: number } }>(`/api/${collection}`, {
        method: 'POST',
        token: admin,
        body: { ...body, _status: 'published' },
      })
      expect(made.status).toBe(201)
      const id = made.body.doc.id
      const redirect = await api<{ doc: { id: number } }>('/api/redirects', {
        method: 'POST',
        token: admin,
        body: {
          from: `/r/${collection}-${stamp}`,
          toDocument: { relationTo: collection, value: id },
        },
      })
      expect(redirect.status).toBe(201)

      expect(
        (await api(`/api/${collection}/${id}`, { method: 'DELETE', token: admin })).status,
      ).toBe(200)
      const left = await api<{ toDocument: unknown }>(
        `/api/redirects/${redirect.body.doc.id}?depth=0`,
        { token: admin },
      )
      expect(left.status).toBe(200)
      expect(left.body.toDocument ?? null).toBeNull()
      await api(`/api/redirects/${redirect.body.doc.id}`, { method: 'DELETE', token: admin })
    },
  )
})
