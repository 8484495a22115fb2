/**
 * Class: private partner data in public answers. Partners' allowed embed origins are private
 * (their contacts too): an embed page names, in its policy and in its script's settings, only
 * this site and the origin of the page framing it, when a partner allows that origin. Behind
 * nginx, each framing origin has its own cache entry.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { embeddingDuringFile } from '../helpers/embedding'
import { adminLogin, api, server } from '../helpers/http'
import { siangConf, startNginx, type Nginx } from '../../tooling/nginx'

const stamp = Date.now().toString(36)
const first = `https://first-${stamp}.example.org`
const second = `https://second-${stamp}.example.org`
let proxy: Nginx

// Only when embedding is kept to partners' sites does a page name an origin at all.
embeddingDuringFile('partners-only')

beforeAll(async () => {
  const admin = await adminLogin()
  for (const [name, origin] of [
    ['first', first],
    ['second', second],
  ])
    expect(
      (
        await api('/api/partners', {
          method: 'POST',
          token: admin,
          body: { title: `Origins ${name} ${stamp}`, allowedEmbedOrigins: [{ origin }] },
        })
      ).status,
    ).toBe(201)
  proxy = await startNginx((port, dir) => siangConf(new URL(server().url).host, port, dir))
})

afterAll(() => proxy?.stop())

/** The embed as a page of `framer` loads it: its policy and the origins its script trusts. */
async function embed(base: string, framer?: string) {
  const res = await fetch(`${base}/embed/songs/call-1300`, {
    headers: framer ? { Referer: `${framer}/some/page` } : {},
  })
  const html = await res.text()
  const settings = JSON.parse(
    /<script type="application\/json" id="c">([^<]*)<\/script>/.exec(html)![1],
  ) as {
    origins: string[]
  }
  return { csp: res.headers.get('content-security-policy') ?? '', origins: settings.origins, html }
}

describe('an embed reveals no partner origin but the one framing it', () => {
  it.each(['direct', 'through nginx'])('%s: names only the asking origin', async (how) => {
    const base = how === 'direct' ? server().url : proxy.url
    const byFirst = await embed(base, first)
    expect(byFirst.csp).toContain(first)
    expect(byFirst.origins).toContain(first)
    const bySecond = await embed(base, second)
    expect(bySecond.csp).toContain(second)
    for (const page of [byFirst, bySecond])
      expect(page.html.split(first).length + page.html.split(second).length).toBeLessThanOrEqual(3)
    expect(bySecond.csp).not.toContain(first)
    expect(bySecond.html).not.toContain(first)
    const nobody = await embed(base)
    expect(nobody.csp).toMatch(/frame-ancestors 'self'( http:\/\/localhost:\d+)?$/)
    expect(nobody.html).not.toContain(first)
    expect(nobody.html).not.toContain(second)
    const stranger = await embed(base, 'https://evil.example')
    expect(stranger.csp).toMatch(/frame-ancestors 'self'( http:\/\/localhost:\d+)?$/)
    expect(stranger.origins).toEqual([new URL(server().url).origin])
  })
})
