import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, api, login, server } from '../helpers/http'

type Doc = { id: number; name?: string; _status?: string }
type List = { docs: Doc[]; totalDocs: number }

async function page(path: string) {
  const res = await fetch(`${server().url}${path}`, { redirect: 'manual' })
  return { status: res.status, html: await res.text(), headers: res.headers }
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])
const names = (html: string) =>
  [...html.matchAll(/<li><h2>([^<]*)<\/h2>/g)].map((m) => m[1].replace(/&amp;/g, '&'))

let admin: string
const run = Date.now()

async function provinceId(code: string): Promise<number> {
  const res = await api<List>(`/api/provinces?where[code][equals]=${code}&depth=0`)
  return res.body.docs[0].id
}

beforeAll(async () => {
  admin = await adminLogin()
}, 60_000)

describe('the help page', () => {
  it.each(['lo', 'en'])(
    '/%s/help: the hotlines as calls, the messaging apps, and no referrer',
    async (locale) => {
      const { status, html, headers } = await page(`/${locale}/help`)
      expect(status).toBe(200)
      // Ours alone: not joined to the site's default policy.
      expect(headers.get('referrer-policy')).toBe('no-referrer')
      expect(headers.get('content-language')).toBe(locale)
      const links = hrefs(html)
      expect(links).toEqual(expect.arrayContaining(['tel:1300', 'tel:1362']))
      expect(links).toEqual(
        expect.arrayContaining([
          'https://wa.me/8562000001300',
          'https://m.me/siang.demo',
          'https://t.me/siang_demo',
          'https://line.me/R/ti/p/siang-demo',
          'viber://chat?number=%2B8562000001300',
          `sms:1300?body=${encodeURIComponent('ຊ່ວຍ')}`,
        ]),
      )
      // The way to the directory, the guidance and how to clear the history.
      expect(html).toContain(`action="/${locale}/help/services"`)
      // Lao words are marked where a line may break (<wbr>); the guidance is a heading and a list.
      const text = html.replace(/<wbr\/?>/g, '')
      expect(text).toMatch(
        locale === 'lo'
          ? /<h3><span>ສັນຍານຂອງການສະເໜີວຽກປອມ<\/span><\/h3><ul><li>/
          : /<h3><span>Signs of a fake job offer<\/span><\/h3><ul><li>/,
      )
      expect(html).toContain(locale === 'lo' ? 'ລຶບປະຫວັດການທ່ອງເວັບ' : 'clear your browsing')
    },
  )

  it('is linked from the header and the footer of every page, beside the quick exit', async () => {
    const { html } = await page('/lo/songs')
    expect(html.match(/href="\/lo\/help"/g)?.length).toBe(2)
    // Only the help pages ask for no referrer; the others keep the site's default.
    for (const path of ['/lo/songs', '/lo/helpful-page-that-is-not-there'])
      expect((await page(path)).headers.get('referrer-policy')).toBe(
        'strict-origin-when-cross-origin',
      )
  })
  it('is listed in the sitemap with the directory, in both languages', async () => {
    const { html } = await page('/sitemap.xml')
    for (const path of ['/lo/help', '/en/help', '/lo/help/services', '/en/help/services'])
      expect(html).toContain(`<loc>${server().url}${path}</loc>`)
  })
})

describe('the quick exit', () => {
  it.each([
    ['home', '/lo', 200],
    ['list', '/lo/songs', 200],
    ['detail', '/lo/songs/call-1300', 200],
    ['episode', '/lo/dramas/rivers-apart/rivers-apart-2', 200],
    ['search', '/lo/search?q=1300', 200],
    ['help', '/lo/help', 200],
    ['services', '/en/help/services', 200],
    ['404', '/lo/no-such-page', 404],
  ])('is on the %s page, a plain link to the neutral site', async (_, path, wanted) => {
    const { status, html } = await page(path)
    expect(status).toBe(wanted)
    const link = /<a id="quick-exit"[^>]*>([^<]*)<\/a>/.exec(html)
    expect(link).not.toBeNull()
    expect(link![0]).toMatch(/href="https:\/\/[^"]+"/)
    expect(link![0]).toContain('rel="noreferrer"')
    expect(link![1]).toBe(path.startsWith('/en') ? 'Leave this site' : 'ອອກຈາກເວັບໄຊນີ້')
    // No request leaves for another site: every script, style, picture and frame is our own.
    for (const [, url] of html.matchAll(
      /<(?:script|img|source|iframe|audio|video)[^>]+src="([^"]+)"/g,
    ))
      expect(url.startsWith('/') || url.startsWith(server().url)).toBe(true)
    for (const tag of html.match(/<link [^>]+>/g) ?? [])
      if (!/rel="(canonical|alternate)"/.test(tag))
        expect(/href="([^"]+)"/.exec(tag)![1]).toMatch(new RegExp(`^(/|${server().url})`))
  })
})

describe('the services directory', () => {
  it('filters by province and by kind from the address alone', async () => {
    const { html } = await page('/en/help/services?province=LA-LP&kind=police')
    expect(names(html)).toEqual([
      'Police anti-trafficking unit, Luang Prabang Province (demo data)',
    ])
    expect(html).toContain('1 service')
    const links = hrefs(html)
    expect(links).toContain('tel:+85621000109')
    expect(links.find((l) => l.startsWith('geo:0,0?q='))).toBe(
      `geo:0,0?q=${encodeURIComponent('Provincial police headquarters, Luang Prabang Province, town centre')}`,
    )
    // The form shows the choice.
    expect(html).toMatch(/<option selected value="LA-LP">|<option value="LA-LP" selected/)

    const province = names((await page('/lo/help/services?province=LA-LP')).html)
    expect(province).toHaveLength(2)
    for (const name of province) expect(name).toContain('ຫຼວງພະບາງ')
    const embassies = names((await page('/en/help/services?kind=embassy')).html)
    expect(embassies.sort()).toEqual([
      'Lao Embassy in Bangkok (demo data)',
      'Lao Embassy in Beijing (demo data)',
    ])
    const all = await page('/en/help/services')
    expect(all.headers.get('referrer-policy')).toBe('no-referrer')
    expect(all.html).toContain('41 services')
  })

  it('answers an unknown kind or province with the page, not an error', async () => {
    const odd = await page('/en/help/services?kind=%3Cscript%3E&province=XX')
    expect(odd.status).toBe(200)
    expect(odd.html).not.toContain('<script>')
    expect(odd.html).toContain('0 services')
  })

  it('shows a service once published, never its draft, and a change at once', async () => {
    const province = await provinceId('LA-XE')
    const name = `Draft shelter ${run}`
    const made = await api<{ doc: Doc }>('/api/services?draft=true', {
      method: 'POST',
      token: admin,
      body: { name, kind: 'shelter', province, phone: '+856 38 000 999' },
    })
    expect(made.status).toBe(201)
    const path = '/en/help/services?province=LA-XE&kind=shelter'
    expect(names((await page(path)).html)).toEqual([])
    expect(
      (await api<List>(`/api/services?where[name][equals]=${encodeURIComponent(name)}`)).body
        .totalDocs,
    ).toBe(0)
    const published = await api(`/api/services/${made.body.doc.id}`, {
      method: 'PATCH',
      token: admin,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(names((await page(path)).html)).toEqual([name])
    await api(`/api/services/${made.body.doc.id}`, { method: 'DELETE', token: admin })
    expect(names((await page(path)).html)).toEqual([])
  })

  it('keeps a draft service from the public on every door: REST, versions and GraphQL', async () => {
    const name = `Unpublished legal aid ${run}`
    const made = await api<{ doc: Doc }>('/api/services?draft=true', {
      method: 'POST',
      token: admin,
      body: { name, kind: 'legal-aid', province: await provinceId('LA-XE') },
    })
    expect(made.status).toBe(201)
    const id = made.body.doc.id
    const leaks = (body: unknown) => JSON.stringify(body).includes(name)
    const where = `where[name][equals]=${encodeURIComponent(name)}`
    for (const path of [
      `/api/services?${where}&draft=true`,
      `/api/services/${id}?draft=true`,
      `/api/services/versions?limit=0`,
      `/api/services/versions?where[parent][equals]=${id}`,
    ]) {
      const res = await api(path)
      expect({ path, leaks: leaks(res.body), ok: res.status < 500 }).toEqual({
        path,
        leaks: false,
        ok: true,
      })
    }
    const graphql = async (query: string, token?: string) =>
      (await api('/api/graphql', { method: 'POST', token, body: { query } })).body
    const list = `{ Services(draft: true, where: { name: { equals: "${name}" } }) { docs { id name } } }`
    const versions = `{ versionsServices(limit: 50) { docs { id version { name } } } }`
    const one = `{ Service(id: ${id}, draft: true) { id name } }`
    for (const query of [list, versions, one]) {
      expect({ query, leaks: leaks(await graphql(query)) }).toEqual({ query, leaks: false })
    }
    // The doors are open to staff: the same queries find the draft, so the check above can fail.
    expect(leaks(await graphql(list, admin))).toBe(true)
    expect(leaks((await api(`/api/services/${id}?draft=true`, { token: admin })).body)).toBe(true)
    await api(`/api/services/${id}`, { method: 'DELETE', token: admin })
  })

  it('lets a provincial editor change its own province’s services and refuses another’s (403)', async () => {
    const home = await provinceId('LA-SV')
    const email = `provincial-help-${run}@http.test`
    const made = await api('/api/users', {
      method: 'POST',
      token: admin,
      body: {
        email,
        password: 'a long enough password',
        roles: ['provincial-editor'],
        provinces: [home],
      },
    })
    expect(made.status).toBe(201)
    const provincial = await login(email, 'a long enough password')
    const find = async (code: string) =>
      (
        await api<List>(
          `/api/services?where[province.code][equals]=${code}&where[kind][equals]=police&depth=0`,
        )
      ).body.docs[0]
    const away = await find('LA-LP')
    const refused = await api<{ errors: { message: string }[] }>(`/api/services/${away.id}`, {
      method: 'PATCH',
      token: provincial,
      body: { hours: 'Taken over' },
    })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBeTruthy()
    const own = await find('LA-SV')
    const kept = await api(`/api/services/${own.id}`, {
      method: 'PATCH',
      token: provincial,
      body: { hours: 'Mon–Sat 8:00–17:00' },
    })
    expect(kept.status).toBe(200)
    const moved = await api(`/api/services/${own.id}`, {
      method: 'PATCH',
      token: provincial,
      body: { province: await provinceId('LA-LP') },
    })
    expect(moved.status).toBe(403)
  })

  it('refuses bad input to the collection with 400, not 500', async () => {
    const res = await api<{ errors: { message: string }[] }>('/api/services', {
      method: 'POST',
      token: admin,
      body: { name: 'No kind', phone: 'call me' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBeTruthy()
  })
})
