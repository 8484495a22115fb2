import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chromium, type Browser } from 'playwright-core'
import { fixture } from '../fixtures/media'
import { adminLogin, server } from '../helpers/http'
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../http/server'

let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
})

afterAll(async () => {
  await browser?.close()
})

describe('in Chromium', () => {
  it('signs an admin in to the Payload admin and shows the content collections', async () => {
    const page = await browser.newPage()
    await page.goto(`${server().url}/admin/login`)
    await page.fill('input[name="email"]', ADMIN_EMAIL)
    await page.fill('input[name="password"]', ADMIN_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    for (const slug of ['songs', 'radio-spots', 'episodes', 'campaigns']) {
      const link = page.locator(`a[href="/admin/collections/${slug}"]`).first()
      await link.waitFor({ timeout: 30_000 })
      expect(await link.innerText()).toMatch(/\S/)
    }
    await page.close()
  }, 120_000)

  it('serves the Lao home page with a hotline that a tap calls', async () => {
    const page = await browser.newPage()
    const res = await page.goto(`${server().url}/`)
    expect(res?.status()).toBe(200)
    expect(new URL(page.url()).pathname).toBe('/lo')
    expect(await page.getAttribute('html', 'lang')).toBe('lo')
    const tel = await page.locator('a[href^="tel:"]').first().getAttribute('href')
    expect(tel).toBe('tel:1300')
    await page.close()
  }, 60_000)

  it('plays an uploaded song in the media edit view', async () => {
    const token = await adminLogin()
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(fixture('tone.mp3'))], { type: 'audio/mpeg' }),
      'tone.mp3',
    )
    form.append('_payload', JSON.stringify({ alt: 'Tone' }))
    const res = await fetch(`${server().url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    const { doc } = (await res.json()) as { doc: { id: number } }
    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-token', value: token, url: server().url }])
    const page = await context.newPage()
    await page.goto(`${server().url}/admin/collections/media/${doc.id}`)
    const audio = page.locator('audio[data-testid="media-preview"]')
    await audio.waitFor({ timeout: 30_000 })
    expect(await audio.getAttribute('src')).toMatch(/\/api\/media\/file\/tone\.mp3$/)
    const duration = await audio.evaluate(
      (el: HTMLAudioElement) =>
        new Promise<number>((resolve) => {
          if (el.readyState >= 1) resolve(el.duration)
          else el.addEventListener('loadedmetadata', () => resolve(el.duration), { once: true })
        }),
    )
    expect(duration).toBeCloseTo(2, 0)
    await context.close()
  }, 90_000)
})
