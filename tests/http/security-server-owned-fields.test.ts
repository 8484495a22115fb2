/**
 * Class: fields only Siang writes, attacked through the API. A provincial editor tries to make
 * files public without review, fake a file's type and metadata, backdate work and reports, and
 * have the server fetch a file from an address. Each attempt must change nothing.
 * The structural guard (every locked field has the access rule): tests/int/server-owned-fields.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { png } from '../fixtures/media'
import { adminLogin, api, server, staffLogin, uploadMedia } from '../helpers/http'

type Media = {
  id: number
  filename: string
  public?: boolean
  lite?: number | null
  renditionOf?: number | null
  liteStatus?: string | null
  mimeType?: string
  duration?: number | null
  createdAt?: string
}
type Created = { doc: Media; errors?: { message: string }[] }

const run = Date.now()
let admin: string
let provincial: string
let editor: string
let home: { id: number }

/** What an anonymous visitor gets for a stored file. */
const anonymousFetch = async (filename: string) =>
  (await fetch(`${server().url}/api/media/file/${filename}`)).status

const image = async (tag: string) => ({
  name: `${tag}-${run}.png`,
  bytes: await png(24, 24),
  type: 'image/png',
})

async function staffView(id: number): Promise<Media> {
  return (await api<Media>(`/api/media/${id}?depth=0`, { token: admin })).body
}

beforeAll(async () => {
  admin = await adminLogin()
  home = (await api<{ docs: { id: number }[] }>('/api/provinces?where[code][equals]=LA-SV')).body
    .docs[0]
  provincial = await staffLogin(admin, 'provincial-editor', `owned-${run}`, {
    provinces: [home.id],
  })
  editor = await staffLogin(admin, 'editor', `owned-${run}`)
})

describe('fields only Siang writes refuse API writes', () => {
  it('an upload that claims to be public, a copy, done or audio stays private and true to its bytes', async () => {
    const made = await uploadMedia<Created>(provincial, await image('claims'), {
      alt: 'claims',
      public: true,
      renditionOf: 1,
      liteStatus: 'done',
      duration: 999,
      mimeType: 'audio/mpeg',
      filesize: 1,
      createdAt: '2001-01-01T00:00:00.000Z',
    })
    expect(made.status).toBe(201)
    const doc = await staffView(made.body.doc.id)
    expect(doc.public).toBe(false)
    expect(doc.renditionOf ?? null).toBeNull()
    expect(doc.liteStatus ?? null).toBeNull()
    expect(doc.duration ?? null).toBeNull()
    expect(doc.mimeType).toBe('image/png')
    expect(new Date(doc.createdAt!).getFullYear()).toBeGreaterThan(2020)
    expect(await anonymousFetch(doc.filename)).not.toBe(200)
  })

  it('PATCH and GraphQL cannot make an unused file public, even for a national editor', async () => {
    const made = await uploadMedia<Created>(editor, await image('patched'))
    const { id, filename } = made.body.doc
    const patched = await api(`/api/media/${id}`, {
      method: 'PATCH',
      token: editor,
      body: { public: true, mimeType: 'text/html' },
    })
    expect(patched.status).toBe(200)
    const gql = await api('/api/graphql', {
      method: 'POST',
      token: editor,
      body: { query: `mutation { updateMedia(id: ${id}, data: { public: true }) { id public } }` },
    })
    expect(gql.status).toBeLessThan(500)
    const doc = await staffView(id)
    expect(doc.public).toBe(false)
    expect(doc.mimeType).toBe('image/png')
    expect(await anonymousFetch(filename)).not.toBe(200)
  })

  it('a decoy claiming a private file as its copy, used by a draft of published work, exposes nothing', async () => {
    const secret = await uploadMedia<Created>(admin, await image('secret'), { alt: 'private' })
    expect(secret.status).toBe(201)
    const decoy = await uploadMedia<Created>(provincial, await image('decoy'), {
      alt: 'decoy',
      public: true,
      lite: secret.body.doc.id,
      poster: secret.body.doc.id,
    })
    expect(decoy.status).toBe(201)
    expect((await staffView(decoy.body.doc.id)).lite ?? null).toBeNull()
    const song = await api<{ doc: { id: number } }>('/api/songs', {
      method: 'POST',
      token: admin,
      body: {
        title: `Published in the province ${run}`,
        provinces: [home.id],
        _status: 'published',
      },
    })
    expect(song.status).toBe(201)
    const draft = await api(`/api/songs/${song.body.doc.id}?draft=true`, {
      method: 'PATCH',
      token: provincial,
      body: { cover: decoy.body.doc.id },
    })
    expect(draft.status).toBe(200)
    expect(await anonymousFetch(secret.body.doc.filename)).not.toBe(200)
    expect(await anonymousFetch(decoy.body.doc.filename)).not.toBe(200)
  })

  it('a copied duration or a backdated report timestamp is ignored', async () => {
    const song = await api<{ doc: { id: number; duration?: number | null } }>(
      '/api/songs?draft=true',
      {
        method: 'POST',
        token: provincial,
        body: { title: `Provincial song ${run}`, provinces: [home.id], duration: 4242 },
      },
    )
    expect(song.status).toBe(201)
    expect(song.body.doc.duration ?? null).toBeNull()
    const report = await api<{ doc: { submittedAt?: string | null; acceptedAt?: string | null } }>(
      '/api/reach-reports',
      {
        method: 'POST',
        token: provincial,
        body: {
          province: home.id,
          period: '2019-H1',
          submittedAt: '2019-01-02T00:00:00.000Z',
          acceptedAt: '2019-01-03T00:00:00.000Z',
        },
      },
    )
    expect(report.status).toBe(201)
    expect(report.body.doc.submittedAt ?? null).toBeNull()
    expect(report.body.doc.acceptedAt ?? null).toBeNull()
  })
})

describe('media is made from the file sent, never fetched from an address', () => {
  const count = async () =>
    (await api<{ totalDocs: number }>('/api/media?limit=1', { token: admin })).body.totalDocs

  it('refuses {"filename","url"} with 400 and makes no document, as JSON and as a form', async () => {
    const before = await count()
    const target = `${server().url}/api/media/file/anything.png`
    const json = await api<{ errors: { message: string }[] }>('/api/media', {
      method: 'POST',
      token: provincial,
      body: { alt: 'fetched', filename: 'fetched.png', url: target },
    })
    expect(json.status).toBe(400)
    expect(json.body.errors[0].message).toMatch(/file itself/)
    const form = await uploadMedia<{ errors: { message: string }[] }>(provincial, null, {
      alt: 'fetched',
      filename: 'fetched.png',
      url: target,
    })
    expect(form.status).toBe(400)
    expect(await count()).toBe(before)
  })
})
