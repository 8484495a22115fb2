import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { adminLogin, api, server } from '../helpers/http'
import { launchChromium } from './browser'

let browser: Browser
let admin: string
let id: number
const stamp = Date.now().toString(36)

beforeAll(async () => {
  browser = await launchChromium()
  admin = await adminLogin()
  const made = await api<{ doc: { id: number } }>('/api/songs?draft=true', {
    method: 'POST',
    token: admin,
    body: { title: `Never published ${stamp}`, _status: 'draft' },
  })
  expect(made.status).toBe(201)
  id = made.body.doc.id
})

afterAll(async () => {
  if (id) await api(`/api/songs/${id}`, { method: 'DELETE', token: admin })
  await browser?.close()
})

describe('in Chromium', () => {
  it('the Preview button opens the draft on the public design, for the signed-in editor only', async () => {
    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-token', value: admin, url: server().url }])
    const page = await context.newPage()
    await page.goto(`${server().url}/admin/collections/songs/${id}`)
    const button = page.locator('#preview-button')
    await button.waitFor({ timeout: 30_000 })
    const [tab] = await Promise.all([context.waitForEvent('page'), button.click()])
    await tab.waitForLoadState()
    expect(new URL(tab.url()).pathname).toBe(`/preview/songs/${id}`)
    expect(await tab.locator('h1').first().innerText()).toContain(`Never published ${stamp}`)
    expect(await tab.locator('[role="status"]').first().innerText()).toMatch(/ສະບັບຮ່າງ|draft/)

    // The same link in a browser that is not signed in shows nothing of the draft.
    const stranger = await browser.newContext()
    const elsewhere = await stranger.newPage()
    const res = await elsewhere.goto(tab.url())
    expect(res?.status()).toBe(401)
    expect(await elsewhere.content()).not.toContain(`Never published ${stamp}`)
    await stranger.close()
    await context.close()
  }, 120_000)
})
