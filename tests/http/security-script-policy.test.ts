/**
 * Class: script injection. Every page and admin view answers with a Content-Security-Policy that
 * lets scripts run only from this site's files or with the response's own nonce, fresh in every
 * answer, though pages are cached. The stand-in nonce pages are cached with never leaves the
 * server, and a client cannot choose the nonce a cached page is rendered with.
 */
import { describe, expect, it } from '@jest/globals'
import { nonceStandIn } from '@/lib/csp'
import { server } from '../helpers/http'
import { SECRET } from './server'

const pages = [
  '/lo',
  '/en/songs',
  '/lo/songs/call-1300',
  '/lo/dramas/the-job-offer/the-job-offer-1',
  '/lo/search?q=ສາຍດ່ວນ',
  '/lo/no-such-section',
  '/admin/login',
]

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(server().url + path, { headers, redirect: 'manual' })

/** The nonce a policy allows scripts with. */
const nonceOf = (csp: string | null) =>
  /script-src 'self' 'nonce-([A-Za-z0-9+/=]{24})'/.exec(csp ?? '')?.[1]

/** Inline and external scripts of a page, apart from data blocks (JSON-LD), with their nonce. */
const scripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => !/type="application\/(ld\+)?json"/.test(attrs))
    .map((attrs) => /nonce="([^"]*)"/.exec(attrs)?.[1])

describe('pages and the admin allow only their own scripts', () => {
  it.each(pages)('%s: a script policy with a nonce that every script carries', async (path) => {
    const res = await get(path)
    expect(res.status).toBeLessThan(500)
    const csp = res.headers.get('content-security-policy')
    expect(csp).toMatch(/object-src 'none'/)
    expect(csp).toMatch(/base-uri 'self'/)
    expect(csp).toMatch(/frame-ancestors 'self'/)
    const nonce = nonceOf(csp)
    expect(nonce).toBeDefined()
    const found = scripts(await res.text())
    expect(found.length).toBeGreaterThan(0)
    expect(new Set(found)).toEqual(new Set([nonce]))
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  it('gives every answer its own nonce, while the page itself stays cached', async () => {
    await get('/lo/songs/call-1300')
    const [a, b] = [await get('/lo/songs/call-1300'), await get('/lo/songs/call-1300')]
    expect(b.headers.get('x-nextjs-cache')).toBe('HIT')
    const [na, nb] = [
      nonceOf(a.headers.get('content-security-policy')),
      nonceOf(b.headers.get('content-security-policy')),
    ]
    expect(na).not.toBe(nb)
    expect(scripts(await a.text())).toContain(na)
    expect(scripts(await b.text())).toContain(nb)
  })

  it('never lets the stand-in nonce out, in pages or in their RSC data', async () => {
    const standIn = nonceStandIn(SECRET)
    for (const path of pages) {
      const res = await get(path)
      expect([...res.headers.values()].join('\n')).not.toContain(standIn)
      expect(await res.text()).not.toContain(standIn)
      const rsc = await fetch(server().url + path, { headers: { RSC: '1' } })
      expect(await rsc.text()).not.toContain(standIn)
    }
  })

  it('ignores a nonce a client asks for: a cached page is never rendered with it', async () => {
    const evil = "script-src 'nonce-EVILEVILEVILEVILEVILEV=='"
    const page = `/en/news?client-nonce=${Date.now()}`
    const asked = await get(page, { 'Content-Security-Policy': evil })
    expect(await asked.text()).not.toContain('EVILEVIL')
    expect(await (await get(page)).text()).not.toContain('EVILEVIL')
  })

  it('still compresses pages for clients that take gzip', async () => {
    const res = await get('/lo/songs/call-1300', { 'Accept-Encoding': 'gzip' })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(scripts(await res.text())).toContain(nonceOf(res.headers.get('content-security-policy')))
  })
})
