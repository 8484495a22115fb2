import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { laoDay } from '@/lib/laoTime'
import { readLogins } from '../../seed/logins'
import { server } from '../helpers/http'
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../../tooling/server'
import { launchChromium } from './browser'

/**
 * What a newcomer sees on a fresh install, seeded as `npm run dev` seeds it (the test server's
 * seed runs in development, so it has the demo accounts; `npm start` itself never seeds).
 */
let browser: Browser
const contexts: BrowserContext[] = []

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

/** A Lao browser (Accept-Language: lo-LA), signed in through the admin's form. */
async function signedIn(email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'lo-LA' })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(`${server().url}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
  await page.locator('[data-testid="editorial-dashboard"]').waitFor({ timeout: 30_000 })
  return page
}

const items = (page: Page, section: string) =>
  page.locator(`[data-testid="dashboard-${section}"] li`).count()

describe('the admin on a fresh install', () => {
  it('shows work in review, sent back, scheduled and just published on the dashboard', async () => {
    const page = await signedIn(ADMIN_EMAIL, ADMIN_PASSWORD)
    const empty: string[] = []
    for (const section of ['waiting', 'changes', 'scheduled', 'recent'])
      if ((await items(page, section)) === 0) empty.push(section)
    expect(empty).toEqual([])
    expect(await items(page, 'waiting')).toBeGreaterThanOrEqual(2)
    expect(await page.locator('[data-testid="dashboard-changes"]').innerText()).toContain(
      'ສັນຍານອັນຕະລາຍຂອງນາຍໜ້າ',
    )
    expect(await page.locator('[data-testid="editorial-dashboard"]').innerText()).not.toContain(
      'ບໍ່ມີລາຍການ',
    )
  }, 120_000)

  it('opens the calendar on this month (Lao time), with today marked and posts in it', async () => {
    const page = await signedIn(ADMIN_EMAIL, ADMIN_PASSWORD)
    await page.goto(`${server().url}/admin/social-calendar`)
    await page.locator('[data-testid="social-calendar"]').waitFor({ timeout: 30_000 })
    const today = page.locator('td[aria-current="date"]')
    expect(await today.count()).toBe(1)
    expect(await today.getAttribute('data-day')).toBe(laoDay())
    expect(await today.locator('[data-testid="calendar-today"]').innerText()).toBe('ມື້ນີ້')
    // Marked for the eye too: an outline other days do not have.
    const outline = (cell: string) =>
      page
        .locator(cell)
        .first()
        .evaluate((td) => getComputedStyle(td).outlineStyle)
    expect(await outline('td[aria-current="date"]')).toBe('solid')
    expect(await outline('td[data-day]:not([aria-current])')).toBe('none')
    expect(await today.locator('a').count()).toBeGreaterThanOrEqual(1)
    expect(await page.locator('td[data-day] a').count()).toBeGreaterThanOrEqual(3)
  }, 120_000)

  it('lets a newcomer sign in as the demo provincial editor, from the sign-ins kept beside the database', async () => {
    const file = path.join(server().dir, 'first-logins.txt')
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    const saved = readLogins(file).find((l) => l.email === 'provincial-editor@siang.local')
    expect(saved?.password).toMatch(/^[\w-]{16}$/)
    const page = await signedIn(saved!.email, saved!.password!)
    const dashboard = page.locator('[data-testid="editorial-dashboard"]')
    expect(await dashboard.innerText()).toContain('ສະຫວັນນະເຂດ')
    expect(await items(page, 'waiting')).toBeGreaterThanOrEqual(2)
    expect(await items(page, 'changes')).toBeGreaterThanOrEqual(1)
  }, 120_000)
})
