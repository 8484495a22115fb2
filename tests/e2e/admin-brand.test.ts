import { describe, expect, it } from '@jest/globals'
import { adminLogin, server } from '../helpers/http'
import { chromiumInLao } from './browser'

const lao = chromiumInLao()

describe('Siang’s own look in the admin', () => {
  it('shows Siang’s logo and tab icon on the login page, not Payload’s', async () => {
    const page = await lao.context.newPage()
    await page.goto(`${server().url}/admin/login`)
    const logo = page.locator('[data-testid="siang-logo"]')
    await logo.waitFor({ timeout: 30_000 })
    expect(await logo.innerText()).toMatch(/ສຽງ\s*Siang/)
    expect(await logo.locator('svg.siang-mark').count()).toBe(1)
    // Payload's logo is an svg of this class.
    expect(await page.locator('svg.graphic-logo').count()).toBe(0)
    const icons = await page
      .locator('link[rel="icon"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''))
    expect(icons).toContain('/icon.svg')
    expect(icons.filter((href) => /payload|favicon/i.test(href))).toEqual([])
    expect(await page.title()).toMatch(/ · Siang$/)
    expect(await page.title()).not.toMatch(/Payload|\s{2}/)
    await page.close()
  }, 60_000)

  it('shows Siang’s icon in the header, not Payload’s', async () => {
    const signedIn = await lao.browser.newContext({ locale: 'lo-LA' })
    await signedIn.addCookies([
      { name: 'payload-token', value: await adminLogin(), url: server().url },
    ])
    const page = await signedIn.newPage()
    await page.goto(`${server().url}/admin/collections/songs`)
    const icon = page.locator('.app-header [data-testid="siang-icon"]')
    await icon.waitFor({ timeout: 30_000 })
    expect(await icon.isVisible()).toBe(true)
    expect(await icon.locator('svg.siang-mark').count()).toBe(1)
    // Payload's icon is an svg of this class; the header's link home now holds Siang's.
    expect(await page.locator('svg.graphic-icon').count()).toBe(0)
    await signedIn.close()
  }, 60_000)
})
