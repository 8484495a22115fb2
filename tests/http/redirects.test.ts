import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, api, server, staffLogin } from '../helpers/http'

/**
 * Links that never break: a published item's old slugs answer 301 to its page now, in both
 * languages and under a renamed drama; staff's own short links answer through the kept pages,
 * and take effect at an address that was a kept 404 a moment before.
 */

type Visit = { status: number; location: string | null; cache: string | null; html: string }

async function visit(p: string): Promise<Visit> {
  const res = await fetch(`${server().url}${p}`, { redirect: 'manual' })
  return {
    status: res.status,
    location: res.headers.get('location'),
    cache: res.headers.get('x-siang-cache'),
    html: await res.text(),
  }
}

/** Visits until the answer comes from Siang's kept pages, whatever its status. */
async function kept(p: string): Promise<Visit> {
  let answer = await visit(p)
  for (let i = 0; i < 10 && answer.cache !== 'HIT'; i++) {
    await new Promise((r) => setTimeout(r, 100))
    answer = await visit(p)
  }
  expect(answer.cache).toBe('HIT')
  return answer
}

const stamp = Date.now().toString(36)
let admin: string
const made: { collection: string; id: number }[] = []

beforeAll(async () => {
  admin = await adminLogin()
})

afterAll(async () => {
  // Episodes before their dramas.
  for (const { collection, id } of made.reverse())
    await api(`/api/${collection}/${id}`, { method: 'DELETE', token: admin })
})

async function create(collection: string, body: Record<string, unknown>) {
  const res = await api<{ doc: { id: number; slug: string } }>(`/api/${collection}`, {
    method: 'POST',
    token: admin,
    body: { _status: 'published', ...body },
  })
  expect(res.status).toBe(201)
  made.push({ collection, id: res.body.doc.id })
  return res.body.doc
}

async function patch(collection: string, id: number, body: Record<string, unknown>, query = '') {
  const res = await api(`/api/${collection}/${id}${query}`, { method: 'PATCH', token: admin, body })
  expect(res.status).toBe(200)
}

describe('old slugs keep working', () => {
  it('a changed slug answers 301 to the new page in both languages, and chains collapse', async () => {
    const song = await create('songs', { title: `Moving song ${stamp}`, slug: `move-a-${stamp}` })
    const [a, b, c] = ['a', 'b', 'c'].map((x) => `move-${x}-${stamp}`)
    expect((await kept(`/lo/songs/${a}`)).status).toBe(200)
    expect((await kept(`/en/songs/${a}`)).status).toBe(200)

    await patch('songs', song.id, { slug: b })
    for (const locale of ['lo', 'en']) {
      const old = await visit(`/${locale}/songs/${a}`)
      expect(old.status).toBe(301)
      expect(old.location).toBe(`/${locale}/songs/${b}`)
      expect((await visit(`/${locale}/songs/${b}`)).status).toBe(200)
    }
    // The redirect is kept like a page.
    expect((await kept(`/lo/songs/${a}`)).location).toBe(`/lo/songs/${b}`)

    // A→B→C: A goes straight to C, and so does B.
    await patch('songs', song.id, { slug: c })
    for (const old of [a, b]) {
      const moved = await visit(`/en/songs/${old}`)
      expect(moved.status).toBe(301)
      expect(moved.location).toBe(`/en/songs/${c}`)
    }
  })

  it('follows a slug saved as a draft first, and never leads to a draft', async () => {
    const [a, b] = ['a', 'b'].map((x) => `draft-${x}-${stamp}`)
    const song = await create('songs', { title: `Drafted song ${stamp}`, slug: a })
    expect((await kept(`/lo/songs/${a}`)).status).toBe(200)
    // As the admin's autosave does: the new slug in a draft, not yet public.
    await patch('songs', song.id, { slug: b }, '?draft=true&autosave=true')
    expect((await visit(`/lo/songs/${a}`)).status).toBe(200)
    expect((await visit(`/lo/songs/${b}`)).status).toBe(404)
    // Published: the old address leads to the new one, though the write's previous slug was b.
    await patch('songs', song.id, { _status: 'published' })
    const moved = await visit(`/lo/songs/${a}`)
    expect(moved.status).toBe(301)
    expect(moved.location).toBe(`/lo/songs/${b}`)
    // Unpublished: nothing to lead to.
    await kept(`/lo/songs/${a}`)
    await patch('songs', song.id, { _status: 'draft' })
    expect((await visit(`/lo/songs/${a}`)).status).toBe(404)
    expect((await visit(`/lo/songs/${b}`)).status).toBe(404)
  })

  it('an old slug taken by another item is that item’s page, and follows it when it moves', async () => {
    const [p, q, r] = ['p', 'q', 'r'].map((x) => `reuse-${x}-${stamp}`)
    const first = await create('news', { title: `First owner ${stamp}`, slug: p })
    await patch('news', first.id, { slug: q })
    expect((await visit(`/lo/news/${p}`)).location).toBe(`/lo/news/${q}`)

    await create('news', { title: `Second owner ${stamp}`, slug: p })
    const live = await visit(`/lo/news/${p}`)
    expect(live.status).toBe(200)
    expect(live.html).toContain(`Second owner ${stamp}`)

    const second = made[made.length - 1]
    await patch('news', second.id, { slug: r })
    const moved = await visit(`/lo/news/${p}`)
    expect(moved.status).toBe(301)
    expect(moved.location).toBe(`/lo/news/${r}`)
    // The first owner's own move still works.
    expect((await visit(`/en/news/${q}`)).status).toBe(200)
  })

  it('a deleted item’s old addresses are 404s, and its slugs are forgotten', async () => {
    const [a, b] = ['a', 'b'].map((x) => `gone-${x}-${stamp}`)
    const song = await create('songs', { title: `Gone song ${stamp}`, slug: a })
    await patch('songs', song.id, { slug: b })
    expect((await kept(`/lo/songs/${a}`)).location).toBe(`/lo/songs/${b}`)
    const rows = () =>
      api<{ docs: { slug: string }[] }>(
        `/api/published-slugs?where[collection][equals]=songs&where[document][equals]=${song.id}`,
        { token: admin },
      )
    expect((await rows()).body.docs.map((r) => r.slug).sort()).toEqual([a, b])
    expect((await api(`/api/songs/${song.id}`, { method: 'DELETE', token: admin })).status).toBe(
      200,
    )
    // SQLite may give the id to the next song made: it must not inherit these addresses.
    expect((await rows()).body.docs).toEqual([])
    expect((await visit(`/lo/songs/${a}`)).status).toBe(404)
    expect((await visit(`/lo/songs/${b}`)).status).toBe(404)
  })

  it('an episode under a renamed drama, and a renamed episode, lead to the episode now', async () => {
    const [s1, s2] = ['1', '2'].map((x) => `series-${x}-${stamp}`)
    const [e1, e2] = ['1', '2'].map((x) => `episode-${x}-${stamp}`)
    const drama = await create('dramas', { title: `Series ${stamp}`, slug: s1, format: 'long' })
    const episode = await create('episodes', {
      title: `Episode ${stamp}`,
      slug: e1,
      drama: drama.id,
      number: 1,
    })
    expect((await kept(`/lo/dramas/${s1}/${e1}`)).status).toBe(200)

    await patch('dramas', drama.id, { slug: s2 })
    for (const locale of ['lo', 'en']) {
      const moved = await visit(`/${locale}/dramas/${s1}/${e1}`)
      expect(moved.status).toBe(301)
      expect(moved.location).toBe(`/${locale}/dramas/${s2}/${e1}`)
      expect((await visit(`/${locale}/dramas/${s1}`)).location).toBe(`/${locale}/dramas/${s2}`)
    }

    await patch('episodes', episode.id, { slug: e2 })
    for (const series of [s1, s2]) {
      const moved = await visit(`/en/dramas/${series}/${e1}`)
      expect(moved.status).toBe(301)
      expect(moved.location).toBe(`/en/dramas/${s2}/${e2}`)
    }
    expect((await visit(`/en/dramas/${s2}/${e2}`)).status).toBe(200)
    // Another drama's slug in front of the episode is not a way to it.
    expect((await visit(`/en/dramas/the-job-offer/${e1}`)).status).toBe(404)
  })
})

type Refusal = { errors: { message: string; data?: { errors?: { message: string }[] } }[] }

describe('staff redirects', () => {
  it('a short link works at once where a 404 was kept, and follows its document', async () => {
    const song = await create('songs', { title: `Poster song ${stamp}`, slug: `poster-${stamp}` })
    const short = `/r/1300-${stamp}`
    expect((await kept(short)).status).toBe(404)

    const link = await api<{ doc: { id: number; from: string } }>('/api/redirects', {
      method: 'POST',
      token: admin,
      body: { from: `/R/1300-${stamp}/`, toDocument: { relationTo: 'songs', value: song.id } },
    })
    expect(link.status).toBe(201)
    expect(link.body.doc.from).toBe(short)
    const started = Date.now()
    let answer = await visit(short)
    while (answer.status === 404 && Date.now() - started < 1000) answer = await visit(short)
    expect(answer.status).toBe(302)
    expect(answer.location).toBe(`/lo/songs/poster-${stamp}`)
    expect((await kept(short)).location).toBe(`/lo/songs/poster-${stamp}`)

    // The song moves: the short link goes straight to its new address.
    await patch('songs', song.id, { slug: `poster-moved-${stamp}` })
    expect((await visit(short)).location).toBe(`/lo/songs/poster-moved-${stamp}`)

    // Pointed at a path that is an old slug: one step, to where it leads now; permanent kept.
    await patch('redirects', link.body.doc.id, {
      toDocument: null,
      toPath: `/en/songs/poster-${stamp}?from=poster`,
      status: '301',
    })
    const moved = await visit(short)
    expect(moved.status).toBe(301)
    expect(moved.location).toBe(`/en/songs/poster-moved-${stamp}?from=poster`)

    // A song unpublished: its short link is a 404, never a way to a draft.
    await patch('redirects', link.body.doc.id, {
      toDocument: { relationTo: 'songs', value: song.id },
      toPath: null,
    })
    await patch('songs', song.id, { _status: 'draft' })
    expect((await visit(short)).status).toBe(404)

    const removed = await api(`/api/redirects/${link.body.doc.id}`, {
      method: 'DELETE',
      token: admin,
    })
    expect(removed.status).toBe(200)
    await patch('songs', song.id, { _status: 'published' })
    expect((await visit(short)).status).toBe(404)
  })

  it('refuses bad redirects with 400 and a message, and saves nothing', async () => {
    const target = { toPath: '/lo/songs/call-1300' }
    const taken = `/r/taken-${stamp}`
    const first = await api<{ doc: { id: number } }>('/api/redirects', {
      method: 'POST',
      token: admin,
      body: { from: taken, ...target },
    })
    expect(first.status).toBe(201)
    made.push({ collection: 'redirects', id: first.body.doc.id })
    const loop = await api<{ doc: { id: number } }>('/api/redirects', {
      method: 'POST',
      token: admin,
      body: { from: `/r/loop-a-${stamp}`, toPath: `/r/loop-b-${stamp}` },
    })
    expect(loop.status).toBe(201)
    made.push({ collection: 'redirects', id: loop.body.doc.id })
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ from: 'https://evil.example/x', ...target }, /not a path on this site/],
      [{ from: '//evil.example/x', ...target }, /not a path on this site/],
      [{ from: '/\\evil.example', ...target }, /not a path on this site/],
      [{ from: 'r/1300', ...target }, /starting with \//],
      [{ from: '/r/13 00', ...target }, /spaces/],
      [{ from: '/r/1300?x=1', ...target }, /without "\?"/],
      [{ from: '/admin/x', ...target }, /Siang itself uses/],
      [{ from: '/api/songs', ...target }, /Siang itself uses/],
      [{ from: '/assets/x.js', ...target }, /Siang itself uses/],
      [{ from: '/lo/songs', ...target }, /page of the site/],
      [{ from: '/en/songs/call-1300', ...target }, /page of the site/],
      [{ from: taken.toUpperCase(), ...target }, /already starts at/],
      [{ from: `/r/open-${stamp}`, toPath: 'https://evil.example/' }, /not a path on this site/],
      [{ from: `/r/open-${stamp}`, toPath: '//evil.example/' }, /not a path on this site/],
      [{ from: `/r/open-${stamp}`, toPath: 'javascript:alert(1)' }, /not a path on this site/],
      [{ from: `/r/open-${stamp}` }, /one of the two/],
      [{ from: `/r/self-${stamp}`, toPath: `/r/self-${stamp}` }, /its own address/],
      [{ from: `/r/loop-b-${stamp}`, toPath: `/R/Loop-A-${stamp}?x=1` }, /leads back to it/],
    ]
    for (const [body, message] of cases) {
      const res = await api<Refusal>('/api/redirects', { method: 'POST', token: admin, body })
      expect([body, res.status]).toEqual([body, 400])
      const said = res.body.errors.flatMap((e) => e.data?.errors?.map((d) => d.message) ?? [])
      expect(said.join('\n')).toMatch(message)
    }
    // A change to one field keeps the others' checks: a note alone saves, a bad address does not.
    const note = { method: 'PATCH', token: admin, body: { note: 'Poster, Savannakhet' } }
    expect((await api(`/api/redirects/${first.body.doc.id}`, note)).status).toBe(200)
    const bad = { method: 'PATCH', token: admin, body: { from: '/admin' } }
    expect((await api(`/api/redirects/${first.body.doc.id}`, bad)).status).toBe(400)
    const saved = await api<{ totalDocs: number }>(
      `/api/redirects?limit=0&where[from][like]=${stamp}`,
      { token: admin },
    )
    expect(saved.body.totalDocs).toBe(2)
  })

  it('only national editors and admins write redirects', async () => {
    const reviewer = await staffLogin(admin, 'reviewer', `redirects-${stamp}`)
    const body = { from: `/r/reviewer-${stamp}`, toPath: '/lo' }
    expect((await api('/api/redirects', { method: 'POST', token: reviewer, body })).status).toBe(
      403,
    )
    expect((await api('/api/redirects', { method: 'POST', body })).status).toBe(403)
    expect((await api('/api/redirects')).status).toBe(403)
    expect((await api('/api/published-slugs', { token: reviewer })).status).toBe(403)
    const editor = await staffLogin(admin, 'editor', `redirects-${stamp}`)
    const res = await api<{ doc: { id: number } }>('/api/redirects', {
      method: 'POST',
      token: editor,
      body,
    })
    expect(res.status).toBe(201)
    made.push({ collection: 'redirects', id: res.body.doc.id })
  })
})
