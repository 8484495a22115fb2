import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { previewPath, PREVIEW_LIFETIME_SECONDS } from '@/preview/signature'
import { adminLogin, api, partnerLogin, server } from '../helpers/http'
import { SECRET } from '../../tooling/server'

/**
 * Signed draft previews: a staff member with a valid link sees the draft on the public design,
 * fresh on every visit and never kept; a link alone, a bad or expired signature, or a signed-in
 * non-staff account shows nothing of it.
 */

type Seen = { status: number; html: string; headers: Headers }

async function open(p: string, token?: string, site = 'same-origin'): Promise<Seen> {
  const res = await fetch(`${server().url}${p}`, {
    redirect: 'manual',
    // As a browser opens it from the admin: the session cookie, from the same site.
    headers: token ? { Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': site } : {},
  })
  return { status: res.status, html: await res.text(), headers: res.headers }
}

const stamp = Date.now().toString(36)
const sign = (collection: string, id: number, locale: 'lo' | 'en', now = Date.now()) =>
  previewPath({ collection, id: String(id), locale }, { now, secret: SECRET })

let admin: string
let song: { id: number; slug: string }
const draftTitle = `Draft words ${stamp}`

beforeAll(async () => {
  admin = await adminLogin()
  const made = await api<{ doc: { id: number; slug: string } }>('/api/songs', {
    method: 'POST',
    token: admin,
    body: { title: `Published words ${stamp}`, _status: 'published' },
  })
  expect(made.status).toBe(201)
  song = made.body.doc
  const draft = await api(`/api/songs/${song.id}?draft=true`, {
    method: 'PATCH',
    token: admin,
    body: { title: draftTitle },
  })
  expect(draft.status).toBe(200)
})

afterAll(async () => {
  if (song) await api(`/api/songs/${song.id}`, { method: 'DELETE', token: admin })
})

describe('signed draft previews', () => {
  it('shows staff the draft on the public design, never cached, kept or indexed', async () => {
    const link = sign('songs', song.id, 'en')
    const seen = await open(link, admin)
    expect(seen.status).toBe(200)
    expect(seen.html).toContain(draftTitle)
    // The public design: the site's header and the hotline.
    expect(seen.html).toContain('class="site-header"')
    expect(seen.html).toContain('href="tel:1300"')
    expect(seen.html).toMatch(/<meta name="robots" content="noindex"\/?>/)
    expect(seen.headers.get('cache-control')).toBe('private, no-store')
    expect(seen.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(seen.headers.get('x-siang-cache')).toBeNull()
    expect(seen.headers.get('etag')).toBeNull()
    // The public page still shows what is published.
    expect((await open(`/en/songs/${song.slug}`)).html).not.toContain(draftTitle)

    // The next edit shows on the next visit: nothing was kept.
    const edited = `${draftTitle} (edited)`
    const draft = await api(`/api/songs/${song.id}?draft=true`, {
      method: 'PATCH',
      token: admin,
      body: { title: edited },
    })
    expect(draft.status).toBe(200)
    const again = await open(link, admin)
    expect(again.html).toContain(edited)
    expect(again.headers.get('x-siang-cache')).toBeNull()
    // Not in the sitemap; robots are told to keep out.
    expect((await open('/sitemap.xml')).html).not.toContain('/preview/')
    expect((await open('/robots.txt')).html).toContain('Disallow: /preview/')
  })

  it('a link alone, or a signed-in account that is not staff, shows nothing of the draft', async () => {
    const link = sign('songs', song.id, 'lo')
    const anonymous = await open(link)
    expect(anonymous.status).toBe(401)
    expect(anonymous.html).not.toContain(draftTitle)
    expect(anonymous.html).toContain('/admin/login?redirect=')
    expect(anonymous.headers.get('cache-control')).toBe('private, no-store')
    // A second visitor is not served anything kept from the first.
    expect((await open(link)).headers.get('x-siang-cache')).toBeNull()

    // The session cookie on a request from another site counts for nothing (Payload's CSRF rule).
    const fromElsewhere = await open(link, admin, 'cross-site')
    expect(fromElsewhere.status).toBe(401)
    expect(fromElsewhere.html).not.toContain(draftTitle)

    const partner = await partnerLogin(admin, `preview-${stamp}`)
    const refused = await open(link, partner)
    expect(refused.status).toBe(403)
    expect(refused.html).not.toContain(draftTitle)
  })

  it('a bad, borrowed or expired signature is refused even for staff', async () => {
    const link = sign('songs', song.id, 'en')
    const url = new URL(link, 'http://x')
    const signature = url.searchParams.get('signature')!
    const tampered = new URL(url)
    tampered.searchParams.set('signature', (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1))
    const otherLocale = new URL(url)
    otherLocale.searchParams.set('locale', 'lo')
    const longer = new URL(url)
    longer.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 3600))
    const past = Date.now() - (PREVIEW_LIFETIME_SECONDS + 60) * 1000
    const cases = [
      tampered.pathname + tampered.search,
      otherLocale.pathname + otherLocale.search,
      longer.pathname + longer.search,
      `/preview/songs/${song.id + 1}${url.search}`,
      `/preview/songs/${song.id}`,
      `/preview/songs/${song.id}?locale=en&expires=abc&signature=${signature}`,
    ]
    for (const bad of cases) {
      const seen = await open(bad, admin)
      expect([bad, seen.status]).toEqual([bad, 403])
      expect(seen.html).not.toContain(draftTitle)
      expect(seen.html).toMatch(/does not work|ໃຊ້ບໍ່ໄດ້/)
    }
    const expired = await open(sign('songs', song.id, 'en', past), admin)
    expect(expired.status).toBe(403)
    expect(expired.html).toContain('has expired')
    expect(expired.html).not.toContain(draftTitle)
    // No such collection, or a document that is gone: 404.
    expect((await open(sign('users', 1, 'en'), admin)).status).toBe(404)
    expect((await open(sign('songs', 99_999_999, 'en'), admin)).status).toBe(404)
  })

  it('the admin’s Preview button opens a signed preview of the document', async () => {
    const view = await open(`/admin/collections/songs/${song.id}`, admin)
    expect(view.status).toBe(200)
    const found = view.html.match(
      new RegExp(
        `/preview/songs/${song.id}\\?locale=(?:lo|en)(?:&|&amp;|\\\\u0026)expires=\\d+(?:&|&amp;|\\\\u0026)signature=[\\w-]+`,
      ),
    )
    expect(found).not.toBeNull()
    const href = found![0].replace(/&amp;|\\u0026/g, '&')
    const seen = await open(href, admin)
    expect(seen.status).toBe(200)
    expect(seen.html).toContain(`${stamp}`)
  })
})
