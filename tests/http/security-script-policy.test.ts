/**
 * Class: script injection. Public pages run no inline script at all: their policy lets scripts
 * run only from this site's own files: the islands file, and the keep file on pages with players. The admin's views
 * answer with a policy that lets scripts run only from this site's files or with the response's
 * own nonce, fresh in every answer, and the stand-in nonce Next renders them with never leaves
 * the server.
 */
import { describe, expect, it } from '@jest/globals'
import { nonceStandIn } from '@/lib/csp'
import { server } from '../helpers/http'
import { SECRET } from '../../tooling/server'

const pages = [
  '/lo',
  '/en/songs',
  '/lo/songs/call-1300',
  '/lo/dramas/the-job-offer/the-job-offer-1',
  '/lo/search?q=ສາຍດ່ວນ',
  '/lo/no-such-section',
]

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(server().url + path, { headers, redirect: 'manual' })

/** The nonce a policy allows scripts with. */
const nonceOf = (csp: string | null) =>
  /script-src 'self' 'nonce-([A-Za-z0-9+/=]{24})'/.exec(csp ?? '')?.[1]

/** Scripts of a page, apart from data blocks (JSON-LD): their attributes and whether inline. */
const scripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]))
    .map((m) => ({
      src: /src="([^"]*)"/.exec(m[1])?.[1],
      nonce: /nonce="([^"]*)"/.exec(m[1])?.[1],
      inline: m[2].trim().length > 0,
    }))

const sharedHeaders = (res: Response) => {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
}

describe("public pages run only the site's own script file", () => {
  it.each(pages)(
    "%s: script-src 'self', no inline script, only the site's files from /assets/",
    async (path) => {
      const res = await get(path)
      expect(res.status).toBeLessThan(500)
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/)
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/)
      expect(csp).toMatch(/object-src 'none'/)
      expect(csp).toMatch(/base-uri 'self'/)
      expect(csp).toMatch(/frame-ancestors 'self'/)
      const found = scripts(await res.text())
      // The islands file on every page; the keep file beside it where a player offers keeping.
      const file = (name: string) => ({
        src: expect.stringMatching(new RegExp(`^/assets/${name}\\.[\\w-]+\\.js$`)),
        nonce: undefined,
        inline: false,
      })
      const players = /\/(songs|dramas)\/[^/]+/.test(path)
      expect(found).toEqual(players ? [file('islands'), file('keep')] : [file('islands')])
      sharedHeaders(res)
    },
  )

  it('keeps a page whole: the second visit comes from memory, with the same bytes', async () => {
    await get('/lo/songs/call-1300')
    const [a, b] = [await get('/lo/songs/call-1300'), await get('/lo/songs/call-1300')]
    expect(b.headers.get('x-siang-cache')).toBe('HIT')
    expect(await a.text()).toBe(await b.text())
  })

  it('ignores a policy a client sends: the page is the same and still has no inline script', async () => {
    const evil = "script-src 'nonce-EVILEVILEVILEVILEVILEV=='"
    const page = `/en/news?client-nonce=${Date.now()}`
    const asked = await get(page, { 'Content-Security-Policy': evil })
    expect(await asked.text()).not.toContain('EVILEVIL')
    expect(await (await get(page)).text()).not.toContain('EVILEVIL')
  })

  it('compresses pages for clients that take gzip', async () => {
    const res = await get('/lo/songs/call-1300', { 'Accept-Encoding': 'gzip' })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(scripts(await res.text()).map((f) => f.src?.split('.')[0])).toEqual([
      '/assets/islands',
      '/assets/keep',
    ])
  })
})

describe('the admin allows only its own scripts', () => {
  it('answers with a policy whose nonce every script carries, fresh in every answer', async () => {
    const [a, b] = [await get('/admin/login'), await get('/admin/login')]
    const [na, nb] = [
      nonceOf(a.headers.get('content-security-policy')),
      nonceOf(b.headers.get('content-security-policy')),
    ]
    expect(na).toBeDefined()
    expect(na).not.toBe(nb)
    for (const [res, nonce] of [
      [a, na],
      [b, nb],
    ] as const) {
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp).toMatch(/object-src 'none'/)
      expect(csp).toMatch(/frame-ancestors 'self'/)
      const found = scripts(await res.text())
      expect(found.length).toBeGreaterThan(0)
      expect(new Set(found.map((s) => s.nonce))).toEqual(new Set([nonce]))
      sharedHeaders(res)
    }
  })

  it('never lets the stand-in nonce out, in the admin, its RSC data, or any page', async () => {
    const standIn = nonceStandIn(SECRET)
    for (const path of [...pages, '/admin/login']) {
      const res = await get(path)
      expect([...res.headers.values()].join('\n')).not.toContain(standIn)
      expect(await res.text()).not.toContain(standIn)
      const rsc = await fetch(server().url + path, { headers: { RSC: '1' } })
      expect(await rsc.text()).not.toContain(standIn)
    }
  })

  it('ignores a nonce a client asks for: the admin is never rendered with it', async () => {
    const evil = "script-src 'nonce-EVILEVILEVILEVILEVILEV=='"
    const res = await get('/admin/login', { 'Content-Security-Policy': evil })
    expect(await res.text()).not.toContain('EVILEVIL')
  })

  it('still compresses the admin for clients that take gzip', async () => {
    const res = await get('/admin/login', { 'Accept-Encoding': 'gzip' })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(scripts(await res.text()).map((s) => s.nonce)).toContain(
      nonceOf(res.headers.get('content-security-policy')),
    )
  })
})
