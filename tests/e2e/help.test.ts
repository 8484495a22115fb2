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
  // The answer to this choice, not the page already shown (a URL from the last choice matches
  // a looser pattern at once, before the new page and its script have run).
  const shows = (url: URL) =>
    url.searchParams.get('province') === province && url.searchParams.get('kind') === kind
  await Promise.all([page.waitForURL(shows), page.click('form[data-remember] button')])
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

describe('the question form in Chromium at 360 px, in Lao', () => {
  const run = Date.now()
  type Listed = { docs: { id: number; message: string; province: number | null }[] }
  const stored = async (text: string) =>
    (
      await api<Listed>(
        `/api/questions?where[message][contains]=${encodeURIComponent(text)}&depth=0`,
        { token: await adminLogin() },
      )
    ).body.docs

  afterAll(async () => {
    const token = await adminLogin()
    for (const doc of await stored(`form-${run}`))
      await api(`/api/questions/${doc.id}`, { method: 'DELETE', token })
  })

  async function fill(page: Page, message: string): Promise<void> {
    await page.fill('#question-message', message)
    const savannakhet = await api<Listed>('/api/provinces?where[code][equals]=LA-SV&depth=0')
    await page.selectOption('#question-province', String(savannakhet.body.docs[0].id))
    await page.fill('#question-contact', 'WhatsApp 020 5555 0101')
  }

  it('sends without script, as a plain POST, and thanks on the help page', async () => {
    const page = await phonePage(false)
    await page.goto(`${server().url}/lo/help`)
    const message = `ມີຄົນສະເໜີວຽກໃຫ້ໄປໄທ no-script form-${run}`
    await fill(page, message)
    await Promise.all([
      page.waitForURL(/\/lo\/help\?sent=1#question$/),
      page.click('.question-form button[type=submit]'),
    ])
    expect(await page.innerText('.question-sent')).toContain('ຂອບໃຈ')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    const [doc] = await stored(`no-script form-${run}`)
    expect(doc).toMatchObject({ message, province: expect.any(Number) })
    await page.context().close()
  }, 60_000)

  it('sends with script in place, and keeps what was written when the connection drops', async () => {
    const page = await phonePage()
    await page.goto(`${server().url}/lo/help`)
    await page.waitForLoadState('load')
    const message = `ລູກສາວຍັງບໍ່ກັບມາ scripted form-${run}`
    await fill(page, message)
    // Offline: nothing is lost, and the page says so in Lao.
    await chromium.context.setOffline(true)
    await page.click('.question-form button[type=submit]')
    await page.waitForSelector('.question-error')
    expect(await page.innerText('.question-error')).toContain('ບໍ່ມີສັນຍານ')
    expect(await page.inputValue('#question-message')).toBe(message)
    expect(await stored(`scripted form-${run}`)).toHaveLength(0)
    // Back online, the same press sends it, with no page change; the form is emptied.
    await chromium.context.setOffline(false)
    await page.click('.question-form button[type=submit]')
    await page.waitForSelector('.question-sent')
    expect(await page.innerText('.question-sent')).toContain('ຂອບໃຈ')
    expect(await page.locator('.question-error').count()).toBe(0)
    expect(page.url()).toBe(`${server().url}/lo/help`)
    expect(await page.inputValue('#question-message')).toBe('')
    expect(await stored(`scripted form-${run}`)).toHaveLength(1)
    expect(await chromium.context.cookies()).toEqual([])
    await page.close()
  }, 60_000)

  it('with script, says a refusal in Lao, as the no-script page would', async () => {
    const page = await phonePage()
    await page.goto(`${server().url}/lo/help`)
    await page.waitForLoadState('load')
    // Past what the form allows: typed in through the page's script, as a robot would.
    await page.evaluate(() => {
      const box = document.querySelector<HTMLTextAreaElement>('#question-message')!
      box.removeAttribute('maxlength')
      box.value = 'ກ'.repeat(2001)
    })
    await page.click('.question-form button[type=submit]')
    await page.waitForSelector('.question-error')
    expect(await page.innerText('.question-error')).toBe('ຂໍ້ຄວາມຂອງທ່ານຍາວເກີນໄປ. ກະລຸນາຂຽນໃຫ້ສັ້ນລົງ.')
    await page.close()
  }, 60_000)
})

describe('a question in the admin, in Lao', () => {
  it('lets staff erase its contact at once with the tick, and the contact is gone', async () => {
    const admin = await adminLogin()
    const message = `ຂໍໃຫ້ໂທກັບ erase-${Date.now()}`
    expect(
      (await api('/api/questions', { method: 'POST', body: { message, contact: '020 5555 0199' } }))
        .status,
    ).toBe(201)
    type Found = { docs: { id: number; contact: string | null }[] }
    const find = async () =>
      (
        await api<Found>(
          `/api/questions?where[message][equals]=${encodeURIComponent(message)}&depth=0`,
          { token: admin },
        )
      ).body.docs[0]
    const { id } = await find()
    const context = await chromium.browser.newContext({ locale: 'lo-LA' })
    await context.addCookies([{ name: 'payload-token', value: admin, url: server().url }])
    try {
      const page = await context.newPage()
      await page.goto(`${server().url}/admin/collections/questions/${id}`)
      const tick = page.getByLabel('ລຶບຂໍ້ມູນຕິດຕໍ່ດຽວນີ້')
      await tick.waitFor({ timeout: 30_000 })
      await page.waitForLoadState('networkidle')
      await tick.check()
      await Promise.all([
        page.waitForResponse(
          (r) => r.request().method() !== 'GET' && r.url().includes(`/questions/${id}`),
        ),
        page.locator('#action-save').click(),
      ])
      expect((await find()).contact).toBeNull()
    } finally {
      await context.close()
      await api(`/api/questions/${id}`, { method: 'DELETE', token: admin })
    }
  }, 90_000)
})

/** One Lao page of each kind the sitemap lists (by section and depth), and the search. */
async function onePageOfEachKind(): Promise<string[]> {
  const xml = await (await fetch(`${server().url}/sitemap.xml`)).text()
  const kinds = new Map<string, string>()
  for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const path = new URL(loc).pathname
    const parts = path.split('/').filter(Boolean)
    if (parts[0] !== 'lo') continue
    const kind = `${parts[1] ?? ''}/${parts.length}`
    if (!kinds.has(kind)) kinds.set(kind, path)
  }
  return [...kinds.values(), '/lo/search?q=1300']
}

describe('the quick exit in Chromium at 360 px, in Lao', () => {
  it('is on every kind of public page, in the top row, and stays in reach while scrolling; no page asks another site for anything', async () => {
    const paths = await onePageOfEachKind()
    // Home, the sections, their entries and episodes, help and the directory.
    expect(paths.length).toBeGreaterThan(12)
    const page = await phonePage()
    const elsewhere: string[] = []
    page.on('request', (r) => {
      const url = new URL(r.url())
      if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== new URL(server().url).origin)
        elsewhere.push(r.url())
    })
    const placed: { path: string; top: number; bottom: number; scrolled: number }[] = []
    for (const path of paths) {
      await page.goto(`${server().url}${path}`, { waitUntil: 'load' })
      const at = async () => (await page.locator('#quick-exit').boundingBox())!
      const first = await at()
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
      const scrolled = await at()
      placed.push({ path, top: first.y, bottom: first.y + first.height, scrolled: scrolled.y })
    }
    // A 44 px target at the very top of the screen, and still there at the bottom of the page.
    expect(placed).toEqual(
      paths.map((path) => ({ path, top: 0, bottom: expect.any(Number), scrolled: 0 })),
    )
    for (const p of placed) expect(p.bottom - p.top).toBeGreaterThanOrEqual(44)
    // A visitor's visit is seen by no one else: no font, script, picture or count from elsewhere.
    expect(elsewhere).toEqual([])
    await page.close()
  }, 120_000)

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
