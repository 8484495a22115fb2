import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { embeddingDuringFile } from '../helpers/embedding'
import { adminLogin, api, server } from '../helpers/http'
import { launchChromium } from './browser'

/**
 * A partner's page on another origin (127.0.0.1, while the site is on localhost) frames the
 * embed and drives it over postMessage, as a partner's developer would.
 */
let browser: Browser
let host: http.Server
let hostOrigin: string
let admin: string
let partner: { id: number; slug: string }

function hostPage(src: string, siteOrigin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner page</title></head><body>
<iframe id="player" src="${src}" width="480" height="136" allow="autoplay"></iframe>
<script>
  window.events = []
  addEventListener('message', (e) => {
    if (e.origin === ${JSON.stringify(siteOrigin)} && e.data && e.data.type === 'siang:event')
      window.events.push({ event: e.data.event, at: performance.now(), time: e.data.currentTime })
  })
  window.command = (command, value) =>
    document.getElementById('player').contentWindow.postMessage(
      { type: 'siang:command', command, value }, ${JSON.stringify(siteOrigin)})
</script></body></html>`
}

// A page on no partner's list must be refused: the players are kept to partners' sites here.
embeddingDuringFile('partners-only')

beforeAll(async () => {
  admin = await adminLogin()
  const siteOrigin = new URL(server().url).origin
  host = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    if (req.url?.includes('sandboxed')) {
      // As WordPress frames an oEmbed provider it does not know.
      res.end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner page</title></head><body>` +
          `<iframe id="player" sandbox="allow-scripts" src="${siteOrigin}/embed/episodes/the-job-offer-1?lang=en" width="480" height="270"></iframe></body></html>`,
      )
      return
    }
    const src = `${siteOrigin}/embed/songs/call-1300${req.url?.includes('counted') ? `?partner=${partner.slug}` : ''}`
    res.end(hostPage(src, siteOrigin))
  })
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`
  const created = await api<{ doc: { id: number; slug: string } }>('/api/partners', {
    method: 'POST',
    token: admin,
    body: {
      title: `Embedding partner ${Date.now()}`,
      allowedEmbedOrigins: [{ origin: hostOrigin }],
    },
  })
  expect(created.status).toBe(201)
  partner = created.body.doc
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => host?.close(resolve))
})

type Event = { event: string; at: number; time: number }
const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { events: Event[] }).events)

async function waitFor(page: Page, name: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (n) => (window as unknown as { events: Event[] }).events.some((e) => e.event === n),
    name,
    { timeout },
  )
}

describe('an embed on a partner site, in Chromium', () => {
  it('plays, seeks and ends on command, and tells the partner page over postMessage', async () => {
    const page = await browser.newPage()
    await page.goto(`${hostOrigin}/counted`)
    await waitFor(page, 'ready')
    await page.evaluate(() =>
      (window as unknown as { command: (c: string) => void }).command('play'),
    )
    await waitFor(page, 'play')
    await page.waitForTimeout(1500)
    // timeupdate comes at most 4 times a second.
    const updates = (await events(page)).filter((e) => e.event === 'timeupdate')
    expect(updates.length).toBeGreaterThan(0)
    for (let i = 1; i < updates.length; i++)
      expect(updates[i].at - updates[i - 1].at).toBeGreaterThanOrEqual(200)
    await page.evaluate(() =>
      (window as unknown as { command: (c: string, v: unknown) => void }).command('seek', 38.5),
    )
    await waitFor(page, 'ended')
    await page.close()

    // The load and the play were counted for this partner.
    const counts = await api<{ docs: { views: number; plays: number }[] }>(
      `/api/daily-counts?depth=0&where[partner][equals]=${partner.id}`,
      { token: admin },
    )
    expect(counts.body.docs[0]?.views).toBeGreaterThanOrEqual(1)
    expect(counts.body.docs[0]?.plays).toBeGreaterThanOrEqual(1)
  }, 60_000)

  it('is refused by a page whose origin no partner allows', async () => {
    const page = await browser.newPage()
    const blocked: string[] = []
    page.on('console', (m) => {
      if (/frame-ancestors|Refused to frame/i.test(m.text())) blocked.push(m.text())
    })
    // The same host page, reached as localhost: another origin, on no partner's list.
    await page.goto(hostOrigin.replace('127.0.0.1', 'localhost'))
    await page.waitForTimeout(2000)
    expect(await events(page)).toEqual([])
    expect(blocked.length).toBeGreaterThan(0)
    await page.close()
  })

  it('works in a sandboxed frame (origin null), as WordPress frames it: captions load, the hotline is readable text', async () => {
    const page = await browser.newPage()
    await page.goto(`${hostOrigin}/sandboxed`)
    const frame = page.frameLocator('#player')
    await frame.locator('video').waitFor()
    const state = await frame.locator('body').evaluate(async () => {
      const video = document.querySelector('video')!
      video.muted = true
      await video.play()
      await new Promise((r) => setTimeout(r, 1500))
      video.pause()
      const english = Array.from(video.textTracks).find((t) => t.language === 'en')!
      const call = document.querySelector('.call')!
      return {
        origin: self.origin,
        cues: english.cues?.length ?? 0,
        call: { tag: call.tagName, text: call.textContent },
        title: document.querySelector('.title')!.tagName,
      }
    })
    expect(state.origin).toBe('null')
    expect(state.cues).toBeGreaterThan(3)
    expect(state.call.tag).toBe('SPAN')
    expect(state.call.text).toContain('1300')
    expect(state.title).toBe('SPAN')
    await page.close()
  })
})
