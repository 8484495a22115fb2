import { afterAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { adminLogin, api, server } from '../helpers/http'
import { chromiumInLao } from './browser'

const chromium = chromiumInLao()
const phone = { width: 360, height: 740 }

async function phonePage(javaScriptEnabled = true): Promise<Page> {
  if (javaScriptEnabled) {
    const page = await chromium.context.newPage()
    await page.setViewportSize(phone)
    return page
  }
  const context = await chromium.browser.newContext({
    locale: 'lo-LA',
    viewport: phone,
    javaScriptEnabled: false,
  })
  return context.newPage()
}

async function setQuickExit(url: string | null): Promise<void> {
  const res = await api('/api/globals/site-settings', {
    method: 'POST',
    token: await adminLogin(),
    body: { quickExitUrl: url },
  })
  expect(res.status).toBe(200)
}

async function entries(page: Page): Promise<string[]> {
  return page.locator('ul.services > li > h2').allInnerTexts()
}

async function choose(page: Page, province: string, kind: string): Promise<void> {
  await page.selectOption('form[data-remember] select[name=province]', province)
  await page.selectOption('form[data-remember] select[name=kind]', kind)
  await Promise.all([page.waitForURL(/province=/), page.click('form[data-remember] button')])
}

afterAll(async () => {
  await setQuickExit('https://www.bbc.com/weather')
})

describe('the services directory in Chromium at 360 px, in Lao', () => {
  it('filters without script, by a plain GET form', async () => {
    const page = await phonePage(false)
    await page.goto(`${server().url}/lo/help/services`)
    await choose(page, 'LA-LP', 'police')
    expect(new URL(page.url()).searchParams.get('kind')).toBe('police')
    const shown = await entries(page)
    expect(shown).toHaveLength(1)
    expect(shown[0]).toContain('ຫຼວງພະບາງ')
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await page.context().close()
  }, 60_000)

  it('with script, remembers the choice on the device only, and shows it on the next visit', async () => {
    const page = await phonePage()
    await page.goto(`${server().url}/lo/help/services`)
    await choose(page, 'LA-CH', 'womens-union')
    expect(await entries(page)).toHaveLength(1)
    // The next visit to the bare directory opens on the same choice.
    await page.goto(`${server().url}/lo/help/services`)
    await page.waitForURL(/province=LA-CH/)
    expect(await page.inputValue('select[name=kind]')).toBe('womens-union')
    expect(await entries(page)).toHaveLength(1)
    expect(await page.evaluate(() => localStorage.getItem('siang:services-filter'))).toBe(
      'province=LA-CH&kind=womens-union',
    )
    expect(await chromium.context.cookies()).toEqual([])
    // Choosing "all" is remembered too.
    await choose(page, '', '')
    await page.goto(`${server().url}/lo/help/services`)
    await page.waitForLoadState('load')
    expect((await entries(page)).length).toBeGreaterThan(30)
    await page.close()
  }, 60_000)
})

describe('the quick exit in Chromium at 360 px, in Lao', () => {
  it('leaves on Escape pressed twice, and Back does not return to the page', async () => {
    const neutral = `${server().url}/robots.txt`
    await setQuickExit(neutral)
    const page = await phonePage()
    await page.goto(`${server().url}/lo`)
    await page.goto(`${server().url}/lo/help`)
    await page.waitForLoadState('load')
    expect(await page.getAttribute('#quick-exit', 'href')).toBe(neutral)
    expect(await page.isVisible('#quick-exit')).toBe(true)
    // One Escape alone does nothing.
    await page.keyboard.press('Escape')
    await page.waitForTimeout(1700)
    await page.keyboard.press('Escape')
    await page.waitForTimeout(300)
    expect(page.url()).toBe(`${server().url}/lo/help`)
    await Promise.all([page.waitForURL(neutral), page.keyboard.press('Escape')])
    await page.goBack()
    expect(page.url()).toBe(`${server().url}/lo`)
    await page.close()
  }, 60_000)

  it('leaves on a tap of "Leave this site" the same way', async () => {
    const neutral = `${server().url}/robots.txt`
    const page = await phonePage()
    await page.goto(`${server().url}/lo/news`)
    await page.goto(`${server().url}/lo/songs`)
    await page.waitForLoadState('load')
    expect(await page.innerText('#quick-exit')).toBe('ອອກຈາກເວັບໄຊນີ້')
    await Promise.all([page.waitForURL(neutral), page.click('#quick-exit')])
    await page.goBack()
    expect(page.url()).toBe(`${server().url}/lo/news`)
    await page.close()
  }, 60_000)
})
