import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  contentTypes,
  graphQLPlural,
  graphQLSingular,
  requiredFields,
  type ContentType,
} from '../fixtures/content'
import { adminLogin, api, login } from '../helpers/http'

type Doc = { id: string | number; title?: string; slug?: string; _status?: string }
type List = { docs: Doc[]; totalDocs: number }

let admin: string
let partner: string
let provincial: string
let reviewer: string
let home: Doc
let away: Doc
let dramaId: string | number
const run = Date.now()

async function createUser(role: string, extra: Record<string, unknown> = {}): Promise<string> {
  const email = `${role}-${run}@http.test`
  const res = await api('/api/users', {
    method: 'POST',
    token: admin,
    body: { email, password: 'a long enough password', roles: [role], ...extra },
  })
  expect(res.status).toBe(201)
  return login(email, 'a long enough password')
}

async function province(code: string): Promise<Doc> {
  const res = await api<List>(`/api/provinces?where[code][equals]=${code}`)
  return res.body.docs[0]
}

beforeAll(async () => {
  admin = await adminLogin()
  home = await province('LA-SV')
  away = await province('LA-LP')
  const org = await api<{ doc: Doc }>('/api/partners', {
    method: 'POST',
    token: admin,
    body: {
      title: 'Partner NGO',
      kind: 'ngo',
      allowedEmbedOrigins: [{ origin: 'https://ngo.example.org' }],
    },
  })
  expect(org.status).toBe(201)
  partner = await createUser('partner', { partner: org.body.doc.id })
  provincial = await createUser('provincial-editor', { provinces: [home.id] })
  reviewer = await createUser('reviewer')
  const drama = await api<{ doc: Doc }>('/api/dramas', {
    method: 'POST',
    token: admin,
    body: { title: `Host drama ${run}`, _status: 'published' },
  })
  dramaId = drama.body.doc.id
}, 60_000)

/** Published doc with a newer draft on top, and a doc that was never published. */
async function makeDocs(type: ContentType) {
  const secret = `DRAFTSECRET${run}${type.replace('-', '')}`
  const base = requiredFields(type, dramaId)
  const published = await api<{ doc: Doc }>(`/api/${type}`, {
    method: 'POST',
    token: admin,
    body: { ...base, title: `Published ${type} ${run}`, _status: 'published' },
  })
  expect(published.status).toBe(201)
  const draftOver = await api(`/api/${type}/${published.body.doc.id}?draft=true`, {
    method: 'PATCH',
    token: admin,
    body: { title: `${secret} newer draft` },
  })
  expect(draftOver.status).toBe(200)
  const draftOnly = await api<{ doc: Doc }>(`/api/${type}?draft=true`, {
    method: 'POST',
    token: admin,
    body: { ...base, title: `${secret} never published` },
  })
  expect(draftOnly.status).toBe(201)
  return { secret, published: published.body.doc, draftOnly: draftOnly.body.doc }
}

describe.each(contentTypes)('%s', (type) => {
  let docs: Awaited<ReturnType<typeof makeDocs>>

  beforeAll(async () => {
    docs = await makeDocs(type)
  }, 30_000)

  it.each([
    ['anonymous', () => undefined],
    ['a partner', () => partner],
  ])(
    '%s never sees draft text through lists, ?draft=true, where, by id or versions',
    async (_who, token) => {
      const t = token()
      const probes = [
        `/api/${type}?limit=200`,
        `/api/${type}?limit=200&draft=true`,
        `/api/${type}?where[_status][equals]=draft`,
        `/api/${type}?where[title][like]=${docs.secret}&draft=true`,
        `/api/${type}/${docs.published.id}?draft=true`,
        `/api/${type}/${docs.published.id}?draft=true&locale=all`,
        `/api/${type}/versions?limit=200`,
        `/api/${type}/versions?where[version.title][like]=${docs.secret}`,
      ]
      for (const probe of probes) {
        const res = await api(probe, { token: t })
        expect(JSON.stringify(res.body)).not.toContain(docs.secret)
      }
      const list = await api<List>(`/api/${type}?limit=200&draft=true`, { token: t })
      expect(list.status).toBe(200)
      const ids = list.body.docs.map((d) => d.id)
      expect(ids).toContain(docs.published.id)
      expect(ids).not.toContain(docs.draftOnly.id)
      const versions = await api(`/api/${type}/versions`, { token: t })
      expect(versions.status).toBe(403)
    },
  )

  it('anonymous never sees draft text through GraphQL', async () => {
    const name = graphQLPlural[type]
    const res = await api<{ data?: Record<string, List> }>('/api/graphql', {
      method: 'POST',
      body: { query: `{ ${name}(draft: true, limit: 200) { docs { id title } } }` },
    })
    expect(res.status).toBe(200)
    const titles = res.body.data?.[name]?.docs.map((d) => d.title) ?? []
    expect(titles).toContain(`Published ${type} ${run}`)
    expect(JSON.stringify(res.body)).not.toContain(docs.secret)

    const singular = graphQLSingular[type]
    const gql = (query: string) =>
      api<{ data?: Record<string, { title?: string } | null>; errors?: { message: string }[] }>(
        '/api/graphql',
        { method: 'POST', token: partner, body: { query } },
      )
    const hidden = await gql(`{ ${singular}(id: ${docs.draftOnly.id}, draft: true) { id title } }`)
    expect(hidden.body.data?.[singular] ?? null).toBeNull()
    const live = await gql(`{ ${singular}(id: ${docs.published.id}, draft: true) { id title } }`)
    expect(live.body.data?.[singular]?.title).toBe(`Published ${type} ${run}`)
    const versions = await gql(`{ versions${name}(limit: 50) { docs { version { title } } } }`)
    expect(versions.body.errors?.[0]?.message).toMatch(/not allowed/i)
    for (const res of [hidden, live, versions]) {
      expect(JSON.stringify(res.body)).not.toContain(docs.secret)
    }
  })

  it('an unpublished document is a 404 for the public', async () => {
    expect((await api(`/api/${type}/${docs.draftOnly.id}`)).status).toBe(404)
    expect((await api(`/api/${type}/${docs.draftOnly.id}?draft=true`)).status).toBe(404)
    expect((await api(`/api/${type}/${docs.draftOnly.id}`, { token: partner })).status).toBe(404)
  })

  it('a provincial editor may draft in its own province', async () => {
    const res = await api<{ doc: Doc }>(`/api/${type}?draft=true`, {
      method: 'POST',
      token: provincial,
      body: { ...requiredFields(type, dramaId), title: `Provincial ${type}`, provinces: [home.id] },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc._status).toBe('draft')
    const moved = await api<{ errors: { message: string }[] }>(
      `/api/${type}/${res.body.doc.id}?draft=true`,
      {
        method: 'PATCH',
        token: provincial,
        body: { provinces: [home.id, away.id] },
      },
    )
    expect(moved.status).toBe(403)
    expect(moved.body.errors[0].message).toMatch(/your own provinces/)
  })

  it('a provincial editor is refused outside its province, with a message', async () => {
    const res = await api<{ errors: { message: string }[] }>(`/api/${type}?draft=true`, {
      method: 'POST',
      token: provincial,
      body: { ...requiredFields(type, dramaId), title: `Elsewhere ${type}`, provinces: [away.id] },
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/your own provinces/)
    const edit = await api(`/api/${type}/${docs.published.id}?draft=true`, {
      method: 'PATCH',
      token: provincial,
      body: { title: 'hijacked' },
    })
    expect(edit.status).toBe(403)
  })

  it('a provincial editor cannot publish (403), a reviewer can', async () => {
    const res = await api<{ errors: { message: string }[] }>(`/api/${type}`, {
      method: 'POST',
      token: provincial,
      body: {
        ...requiredFields(type, dramaId),
        title: `Try publish ${type}`,
        provinces: [home.id],
        _status: 'published',
      },
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/cannot publish/)
    const draft = await api<{ doc: Doc }>(`/api/${type}?draft=true`, {
      method: 'POST',
      token: provincial,
      body: { ...requiredFields(type, dramaId), title: `To review ${type}`, provinces: [home.id] },
    })
    const publish = await api(`/api/${type}/${draft.body.doc.id}`, {
      method: 'PATCH',
      token: provincial,
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(403)
    const reviewed = await api<{ doc: Doc }>(`/api/${type}/${draft.body.doc.id}`, {
      method: 'PATCH',
      token: reviewer,
      body: { _status: 'published' },
    })
    expect(reviewed.status).toBe(200)
    expect(reviewed.body.doc._status).toBe('published')
    expect((await api(`/api/${type}/${draft.body.doc.id}`)).status).toBe(200)
  })

  it('falls back to the Lao title when there is no English one', async () => {
    const res = await api<Doc>(`/api/${type}/${docs.published.id}?locale=en`)
    expect(res.status).toBe(200)
    expect(res.body.title).toBe(`Published ${type} ${run}`)
  })
})

describe('provincial editors and partners, beyond single requests', () => {
  it('cannot unpublish live work by chaining a draft save and a version restore in one GraphQL request', async () => {
    const live = await api<{ doc: Doc }>('/api/news', {
      method: 'POST',
      token: admin,
      body: { title: `Live province news ${run}`, provinces: [home.id], _status: 'published' },
    })
    const mine = await api<{ doc: Doc }>('/api/news?draft=true', {
      method: 'POST',
      token: provincial,
      body: { title: `Mine ${run}`, provinces: [home.id] },
    })
    const over = await api(`/api/news/${live.body.doc.id}?draft=true`, {
      method: 'PATCH',
      token: admin,
      body: { title: `Draft over live ${run}` },
    })
    expect(over.status).toBe(200)
    const versions = await api<{ docs: { id: number; version: { _status: string } }[] }>(
      `/api/news/versions?where[parent][equals]=${live.body.doc.id}&sort=-updatedAt`,
      { token: admin },
    )
    const draftVersion = versions.body.docs.find((v) => v.version._status === 'draft')!
    const res = await api<{ errors?: { message: string }[] }>('/api/graphql', {
      method: 'POST',
      token: provincial,
      body: {
        query: `mutation {
          a: updateNewsItem(id: ${mine.body.doc.id}, draft: true, data: { title: "x" }) { id }
          b: restoreVersionNewsItem(id: ${draftVersion.id}) { id _status }
        }`,
      },
    })
    expect(res.body.errors?.map((e) => e.message).join(' ')).toMatch(/cannot change published work/)
    expect((await api(`/api/news/${live.body.doc.id}`)).status).toBe(200)
  })

  it('answers 403 to a bulk publish', async () => {
    const draft = await api<{ doc: Doc }>('/api/news?draft=true', {
      method: 'POST',
      token: provincial,
      body: { title: `Bulk ${run}`, provinces: [home.id] },
    })
    const res = await api<{ errors: { message: string }[] }>(
      `/api/news?where[id][equals]=${draft.body.doc.id}`,
      { method: 'PATCH', token: provincial, body: { _status: 'published' } },
    )
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/cannot publish/)
  })

  it('keeps partners out of the admin and off document locks', async () => {
    // Payload leaves canAccessAdmin out of the answer when it is false.
    const access = await api<{ canAccessAdmin?: boolean }>('/api/access', { token: partner })
    expect(access.body.canAccessAdmin ?? false).toBe(false)
    const staffAccess = await api<{ canAccessAdmin?: boolean }>('/api/access', {
      token: provincial,
    })
    expect(staffAccess.body.canAccessAdmin).toBe(true)
    expect((await api('/api/payload-locked-documents', { token: partner })).status).toBe(403)
    const lock = await api('/api/payload-locked-documents', {
      method: 'POST',
      token: partner,
      body: { document: { relationTo: 'news', value: 1 }, globalSlug: null },
    })
    expect(lock.status).toBe(403)
  })
})
