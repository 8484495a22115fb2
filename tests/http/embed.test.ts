import { beforeAll, describe, expect, it } from '@jest/globals'
import { extract } from '@extractus/oembed-extractor'
import { cspDirective, embeddingDuringFile, getPage } from '../helpers/embedding'
import { adminLogin, api, login, server } from '../helpers/http'

const stamp = Date.now().toString(36)
let admin: string

// These tests are about the list of partners' sites; the open setting is tested at its end.
embeddingDuringFile('partners-only')

beforeAll(async () => {
  admin = await adminLogin()
})

const get = getPage
const ancestors = (csp: string | null) => cspDirective(csp, 'frame-ancestors')

async function createPartner(slugPart: string, origins: string[]) {
  const res = await api<{ doc: { id: number; slug: string } }>('/api/partners', {
    method: 'POST',
    token: admin,
    body: {
      title: `Embed partner ${slugPart} ${stamp}`,
      allowedEmbedOrigins: origins.map((origin) => ({ origin })),
    },
  })
  expect(res.status).toBe(201)
  return res.body.doc
}

describe('embed pages', () => {
  it.each([
    ['songs', 'call-1300', '<audio'],
    ['radio-spots', 'hmong-call-the-hotline', '<audio'],
    ['tv-spots', 'know-the-hotline', '<video'],
    ['episodes', 'the-job-offer-1', '<video'],
  ])('/embed/%s/%s is a self-contained player page', async (type, slug, tag) => {
    const res = await get(`/embed/${type}/${slug}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.text).toContain(tag)
    expect(res.text).toContain('preload="none"')
    expect(res.text).toMatch(/<html lang="lo">/)
    // No framework: no script file at all, only the inline player script.
    expect(res.text).not.toMatch(/<script[^>]+src=/)
    expect(res.text).not.toContain('/_next/')
    expect(res.text).toMatch(/href="tel:\d+"/)
    expect(res.text).toMatch(new RegExp(`<link rel="canonical" href="${server().url}/lo/`))
    // Framed by this site and partners only; no X-Frame-Options, which would forbid it.
    expect(ancestors(res.headers.get('content-security-policy'))).toMatch(/^'self'/)
    expect(res.headers.get('x-frame-options')).toBeNull()
    if (tag === '<video') expect(res.text).toContain('<track kind="captions"')
  })

  it('takes lang, start, autoplay and theme', async () => {
    const en = await get('/embed/tv-spots/know-the-hotline?lang=en&start=12&autoplay=1&theme=dark')
    expect(en.text).toMatch(/<html lang="en">/)
    expect(en.text).toContain('#t=12"')
    expect(en.text).toContain('autoplay muted')
    expect(en.text).toMatch(/<body class="video dark">/)
    expect(en.text).toMatch(/srclang="en"[^>]*default/)
    // Sound never starts by itself: autoplay is for muted video only.
    const audio = await get('/embed/songs/call-1300?autoplay=1&lang=xx')
    expect(audio.text).not.toContain('autoplay')
    expect(audio.text).toMatch(/<html lang="lo">/)
  })

  it('is a 404 page for an unknown type, an unknown item and unpublished work', async () => {
    const draft = await api<{ doc: { slug: string } }>('/api/songs?draft=true', {
      method: 'POST',
      token: admin,
      body: { title: `Unpublished embed ${stamp}` },
    })
    for (const path of [
      '/embed/news/committee-first-half-2020-results',
      '/embed/songs/no-such-song',
      `/embed/songs/${draft.body.doc.slug}`,
    ]) {
      const res = await get(path)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    }
  })

  it("follows partners' allowed origins within seconds, and the site setting opens it to all", async () => {
    const origin = `https://embed-${stamp}.example.org`
    const framedBy = { Referer: `${origin}/news/a-story` }
    expect(
      ancestors(
        (await get('/embed/songs/call-1300', framedBy)).headers.get('content-security-policy'),
      ),
    ).not.toContain(origin)
    const partner = await createPartner('csp', [origin])
    const csp = (await get('/embed/songs/call-1300', framedBy)).headers.get(
      'content-security-policy',
    )
    expect(ancestors(csp)?.split(' ')).toEqual(expect.arrayContaining(["'self'", origin]))
    expect(
      (await api(`/api/partners/${partner.id}`, { method: 'DELETE', token: admin })).status,
    ).toBe(200)
    expect(
      ancestors(
        (await get('/embed/songs/call-1300', framedBy)).headers.get('content-security-policy'),
      ),
    ).not.toContain(origin)

    const open = await api('/api/globals/site-settings', {
      method: 'POST',
      token: admin,
      body: { embedAnywhere: true },
    })
    expect(open.status).toBe(200)
    expect(
      ancestors((await get('/embed/songs/call-1300')).headers.get('content-security-policy')),
    ).toBe('*')
    await api('/api/globals/site-settings', {
      method: 'POST',
      token: admin,
      body: { embedAnywhere: false },
    })
    expect(
      ancestors((await get('/embed/songs/call-1300')).headers.get('content-security-policy')),
    ).not.toBe('*')
  })

  it("says on the page's embed box that only partners' sites may show the player, and whom to ask", async () => {
    const lo = (await get('/lo/songs/call-1300')).text
    expect(lo).toContain('ອັນນີ້ສະແດງໄດ້ສະເພາະຢູ່ເວັບໄຊນີ້')
    expect(lo).toContain('ເພື່ອເພີ່ມເວັບໄຊຂອງທ່ານ, ຂຽນຫາ')
    expect(lo).toContain('<a href="mailto:partners@siang.example.la">partners@siang.example.la</a>')
    const en = (await get('/en/tv/know-the-hotline')).text
    expect(en).toContain("This shows only on this site and on partners' sites")
  })

  it('keeps every other page to frames of this site', async () => {
    for (const path of ['/lo', '/lo/songs/call-1300', '/api/health']) {
      const res = await get(path)
      expect(ancestors(res.headers.get('content-security-policy'))).toBe("'self'")
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    }
  })

  it('offers the embed code on detail pages with a player, and oEmbed discovery links', async () => {
    const song = (await get('/lo/songs/call-1300')).text
    expect(song).toContain('class="embed-code"')
    expect(song).toContain(`&lt;iframe src=&quot;${server().url}/embed/songs/call-1300&quot;`)
    const url = encodeURIComponent(`${server().url}/lo/songs/call-1300`)
    expect(song).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${server().url}/api/oembed?url=${url}&amp;format=json"/>`,
    )
    expect(song).toContain('type="text/xml+oembed"')
    const news = (await get('/lo/news/committee-first-half-2020-results')).text
    expect(news).not.toContain('class="embed-code"')
    expect(news).toContain('type="application/json+oembed"')
  })
})

describe('/api/oembed', () => {
  const oembed = (url: string, extra = '') =>
    get(`/api/oembed?url=${encodeURIComponent(url)}${extra}`, {
      Origin: 'https://partner.example.org',
    })

  it.each([
    ['/lo/songs/call-1300', 'rich', '/embed/songs/call-1300'],
    [
      '/en/radio/hmong-call-the-hotline',
      'rich',
      '/embed/radio-spots/hmong-call-the-hotline?lang=en',
    ],
    ['/lo/tv/know-the-hotline', 'video', '/embed/tv-spots/know-the-hotline'],
    ['/lo/dramas/the-job-offer/the-job-offer-1', 'video', '/embed/episodes/the-job-offer-1'],
  ])('answers %s with a %s player per oEmbed 1.0', async (path, type, src) => {
    const res = await oembed(server().url + path)
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const body = JSON.parse(res.text) as Record<string, unknown>
    expect(body).toMatchObject({
      version: '1.0',
      type,
      provider_name: 'Siang',
      provider_url: `${server().url}/`,
      cache_age: expect.any(Number),
      title: expect.any(String),
      width: expect.any(Number),
      height: expect.any(Number),
    })
    expect(body.html).toContain(`<iframe src="${server().url}${src.replace('&', '&amp;')}"`)
    // Fits a narrower column (a phone), no wider than its size, even where only the attributes
    // survive, as in WordPress without the plugin (tests/e2e/wordpress.test.ts).
    expect(body.html).toContain(`width="100%" height="${body.height}"`)
    expect(body.html).toContain(`width:100%;max-width:${body.width}px`)
    if (body.thumbnail_url) {
      expect(body.thumbnail_width).toEqual(expect.any(Number))
      expect(body.thumbnail_height).toEqual(expect.any(Number))
    }
  })

  it('answers a page without a player as a link', async () => {
    const res = await oembed(`${server().url}/en/news/committee-first-half-2020-results`)
    expect(res.status).toBe(200)
    const body = JSON.parse(res.text) as Record<string, unknown>
    expect(body).toMatchObject({ version: '1.0', type: 'link', provider_name: 'Siang' })
    expect(body.html).toBeUndefined()
  })

  it('keeps within maxwidth and maxheight', async () => {
    const narrow = JSON.parse(
      (await oembed(`${server().url}/lo/tv/know-the-hotline`, '&maxwidth=320')).text,
    )
    expect(narrow.width).toBeLessThanOrEqual(320)
    expect(narrow.html).toContain(`max-width:${narrow.width}px`)
    const short = JSON.parse(
      (await oembed(`${server().url}/lo/tv/know-the-hotline`, '&maxwidth=1000&maxheight=200')).text,
    )
    expect(short.height).toBeLessThanOrEqual(200)
    expect(short.width).toBeLessThan(640)
    const audio = JSON.parse(
      (await oembed(`${server().url}/lo/songs/call-1300`, '&maxwidth=250')).text,
    )
    expect(audio.width).toBeLessThanOrEqual(250)
    expect((await oembed(`${server().url}/lo/songs/call-1300`, '&maxwidth=wide')).status).toBe(400)
  })

  it('speaks XML with format=xml, and 501 for other formats', async () => {
    const xml = await oembed(`${server().url}/lo/songs/call-1300`, '&format=xml')
    expect(xml.status).toBe(200)
    expect(xml.headers.get('content-type')).toMatch(/^text\/xml/)
    expect(xml.text).toMatch(/^<\?xml version="1.0" encoding="utf-8" standalone="yes"\?><oembed>/)
    expect(xml.text).toContain('<type>rich</type>')
    expect(xml.text).toContain('&lt;iframe')
    expect((await oembed(`${server().url}/lo/songs/call-1300`, '&format=yaml')).status).toBe(501)
  })

  it('is 404 for other sites and unknown pages, 400 without a url', async () => {
    for (const url of [
      'https://www.youtube.com/watch?v=x',
      `${server().url}/lo/songs/no-such-song`,
      `${server().url}/lo/dramas/the-job-offer/rivers-apart-1`,
      `${server().url}/fr/songs/call-1300`,
      `${server().url}/lo`,
    ]) {
      const res = await oembed(url)
      expect(res.status).toBe(404)
      expect(JSON.parse(res.text).errors[0].message).toBeTruthy()
    }
    expect((await get('/api/oembed')).status).toBe(400)
    expect((await get('/api/oembed?url=not-a-url')).status).toBe(400)
  })

  it('gives a real oEmbed consumer the player, found through discovery (@extractus/oembed-extractor)', async () => {
    // Not a provider in the library's registry: it reads the page's discovery link, then asks
    // the endpoint, as any consumer of an unlisted site does.
    const result = (await extract(`${server().url}/lo/songs/call-1300`, { maxwidth: 400 })) as {
      type: string
      provider_name: string
      html?: string
      width?: number
      method?: string
    }
    expect(result.method).toBe('auto-discovery')
    expect(result.type).toBe('rich')
    expect(result.provider_name).toBe('Siang')
    expect(result.width).toBeLessThanOrEqual(400)
    expect(result.html).toContain(`${server().url}/embed/songs/call-1300`)
  })
})

describe('CORS for partners', () => {
  it('answers anonymous public reads from any origin, and nothing more', async () => {
    const anon = await get('/api/songs?limit=1', { Origin: 'https://partner.example.org' })
    expect(anon.status).toBe(200)
    expect(anon.headers.get('access-control-allow-origin')).toBe('*')
    expect(anon.headers.get('access-control-allow-credentials')).toBeNull()
    const signedIn = await get('/api/songs?limit=1', {
      Origin: 'https://partner.example.org',
      Authorization: `JWT ${admin}`,
    })
    expect(signedIn.headers.get('access-control-allow-origin')).not.toBe('*')
    const write = await fetch(`${server().url}/api/songs`, {
      method: 'POST',
      headers: { Origin: 'https://partner.example.org', 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(write.headers.get('access-control-allow-origin')).not.toBe('*')
  })
})

describe('per-partner counts', () => {
  const beacon = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server().url}/api/beacon`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })

  type Count = {
    partner: number | { id: number } | null
    views: number
    plays: number
    slug: string
  }
  const countsOf = async (token: string, partnerId: number) => {
    const res = await api<{ docs: Count[] }>(
      `/api/daily-counts?limit=100&depth=0&where[partner][equals]=${partnerId}`,
      { token },
    )
    return res.body.docs
  }

  it('counts loads and plays per partner, by the embed code or the framing origin', async () => {
    const byCode = await createPartner('code', [])
    const byOrigin = await createPartner('origin', [`https://counts-${stamp}.example.org`])
    for (const event of ['load', 'load', 'play'])
      expect(
        (await beacon({ type: 'songs', slug: 'call-1300', event, partner: byCode.slug })).status,
      ).toBe(204)
    expect(
      (
        await beacon({
          type: 'tv-spots',
          slug: 'know-the-hotline',
          event: 'load',
          origin: `https://counts-${stamp}.example.org`,
        })
      ).status,
    ).toBe(204)
    const mine = await countsOf(admin, byCode.id)
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatchObject({ slug: 'call-1300', views: 2, plays: 1 })
    const theirs = await countsOf(admin, byOrigin.id)
    expect(theirs).toMatchObject([{ slug: 'know-the-hotline', views: 1, plays: 0 }])
    // No cookie is set.
    const res = await beacon({
      type: 'songs',
      slug: 'call-1300',
      event: 'play',
      partner: byCode.slug,
    })
    expect(res.headers.get('set-cookie')).toBeNull()
    expect((await countsOf(admin, byCode.id))[0].plays).toBe(2)
  })

  it('lets a partner user read its own counts and no one else’s', async () => {
    const a = await createPartner('reader-a', [])
    const b = await createPartner('reader-b', [])
    await beacon({ type: 'songs', slug: 'call-1300', event: 'play', partner: a.slug })
    await beacon({ type: 'songs', slug: 'call-1300', event: 'play', partner: b.slug })
    const password = 'partner-user-password-1'
    const email = `reader-${stamp}@partner.test`
    const user = await api('/api/users', {
      method: 'POST',
      token: admin,
      body: { email, password, roles: ['partner'], partner: a.id },
    })
    expect(user.status).toBe(201)
    const token = await login(email, password)
    const all = await api<{ docs: Count[] }>('/api/daily-counts?limit=100&depth=0', { token })
    expect(all.status).toBe(200)
    expect(all.body.docs.length).toBeGreaterThan(0)
    for (const doc of all.body.docs) expect(doc.partner).toBe(a.id)
    const bRow = (await countsOf(admin, b.id))[0] as unknown as { id: number }
    expect((await api(`/api/daily-counts/${bRow.id}`, { token })).status).toBe(404)
    expect((await api('/api/daily-counts?limit=1')).status).toBe(403)
    // Nobody writes counts through the API.
    expect(
      (
        await api('/api/daily-counts', {
          method: 'POST',
          token: admin,
          body: { day: '2026-01-01' },
        })
      ).status,
    ).toBe(403)

    // The half-year totals are read as the daily rows are: the partner's own, and only those.
    const totals = await api<{ docs: Count[] }>('/api/period-counts?limit=100&depth=0', { token })
    expect(totals.status).toBe(200)
    expect(totals.body.docs.length).toBeGreaterThan(0)
    for (const doc of totals.body.docs) expect(doc.partner).toBe(a.id)
    expect((await api('/api/period-counts?limit=1')).status).toBe(403)
    // The day totals are every item's, so staff only.
    expect((await api('/api/day-counts?limit=1', { token })).status).toBe(403)
    expect((await api('/api/day-counts?limit=1', { token: admin })).status).toBe(200)
    // Nobody writes a total: not create, not change, not delete, not even an admin.
    const [own] = (
      await api<{ docs: { id: number }[] }>('/api/period-counts?limit=1&depth=0', { token: admin })
    ).body.docs
    const [day] = (
      await api<{ docs: { id: number }[] }>('/api/day-counts?limit=1&depth=0', { token: admin })
    ).body.docs
    for (const [path, id] of [
      ['period-counts', own.id],
      ['day-counts', day.id],
    ] as const) {
      const write = (method: string, at: string, body?: unknown) =>
        api(at, { method, token: admin, body }).then((r) => r.status)
      expect(await write('POST', `/api/${path}`, { day: '2026-01-01', views: 5 })).toBe(403)
      expect(await write('PATCH', `/api/${path}/${id}`, { views: 1e9 })).toBe(403)
      expect(await write('DELETE', `/api/${path}/${id}`)).toBe(403)
    }
  })

  it('refuses bad events, ignores crawlers and limits floods', async () => {
    expect((await beacon('not json')).status).toBe(400)
    expect((await beacon({ type: 'news', slug: 'x', event: 'load' })).status).toBe(400)
    expect((await beacon({ type: 'songs', slug: 'call-1300', event: 'like' })).status).toBe(400)
    expect((await beacon({ type: 'songs', slug: 'no-such-song', event: 'load' })).status).toBe(404)
    const bot = await createPartner('bot', [])
    await beacon(
      { type: 'songs', slug: 'call-1300', event: 'load', partner: bot.slug },
      { 'User-Agent': 'Googlebot/2.1' },
    )
    expect(await countsOf(admin, bot.id)).toEqual([])
    // A flood from one client: past the burst, 429 with Retry-After.
    let limited: Response | undefined
    for (let i = 0; i < 80 && !limited; i++) {
      const res = await beacon({ type: 'songs', slug: 'call-1300', event: 'load' })
      if (res.status === 429) limited = res
    }
    expect(limited?.status).toBe(429)
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
