/**
 * Class: script injection, in a real browser. Chromium enforces the pages' and the admin's
 * Content-Security-Policy: nothing Siang runs may be refused by it (a refused script is a broken
 * feature), and the inline scripts that count views and remember the data-saver choice still run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../../tooling/server'
import { server } from '../helpers/http'
import { launchChromium } from './browser'

let browser: Browser
const refused: string[] = []

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** A page that records every policy violation and console error about the policy. */
async function watched(): Promise<Page> {
  const page = await browser.newPage()
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP refused ${e.violatedDirective}: ${e.blockedURI || 'inline'}`),
    ),
  )
  page.on('console', (m) => {
    if (m.type() === 'error' && /CSP|Content Security Policy/i.test(m.text()))
      refused.push(m.text())
  })
  return page
}

describe('the script policy in Chromium', () => {
  it("runs the public pages' own inline scripts: the view is counted", async () => {
    const page = await watched()
    const beacon = page.waitForRequest((r) => r.url().endsWith('/api/beacon'), { timeout: 15_000 })
    await page.goto(`${server().url}/lo/songs/call-1300`, { waitUntil: 'load' })
    expect((await beacon).postData()).toContain('"event":"view"')
    await page.goto(`${server().url}/en`, { waitUntil: 'load' })
    await page.close()
    expect(refused).toEqual([])
  }, 60_000)

  it('refuses nothing the admin runs, from the sign-in to an edit view', async () => {
    const page = await watched()
    await page.goto(`${server().url}/admin/login`, { waitUntil: 'load' })
    await page.fill('input[name="email"]', ADMIN_EMAIL)
    await page.fill('input[name="password"]', ADMIN_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
    await page.goto(`${server().url}/admin/collections/songs`, { waitUntil: 'networkidle' })
    const edit = await page
      .locator('table a[href*="/admin/collections/songs/"]')
      .first()
      .getAttribute('href')
    expect(edit).toMatch(/\/admin\/collections\/songs\/\d+/)
    await page.goto(new URL(edit!, server().url).href, { waitUntil: 'networkidle' })
    await page.locator('form').first().waitFor({ timeout: 30_000 })
    await page.close()
    expect(refused).toEqual([])
  }, 120_000)
})
