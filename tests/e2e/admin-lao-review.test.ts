import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { adminLogin, api, server, staffLogin } from '../helpers/http'
import { launchChromium } from './browser'

let browser: Browser
let admin: string
let provincial: string
let province: number
const made: string[] = []

/** A Lao browser (Accept-Language: lo-LA) signed in with `token`. */
async function laoContext(token: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'lo-LA' })
  await context.addCookies([{ name: 'payload-token', value: token, url: server().url }])
  return context
}

beforeAll(async () => {
  browser = await launchChromium()
  admin = await adminLogin()
  const found = await api<{ docs: { id: number }[] }>(
    '/api/provinces?where[code][equals]=LA-VT&depth=0',
  )
  province = found.body.docs[0].id
  provincial = await staffLogin(admin, 'provincial-editor', `review-${Date.now()}`, {
    provinces: [province],
  })
})

afterAll(async () => {
  for (const path of made) await api(path, { method: 'DELETE', token: admin })
  await browser?.close()
})

/** The edit view of a document, once its review panel is there. */
async function openEdit(page: Page, slug: string, id: number): Promise<void> {
  await page.goto(`${server().url}/admin/collections/${slug}/${id}`)
  await page.locator('[data-testid="workflow-status"]').waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
}

const headerStatus = (page: Page) => page.locator('[data-testid="header-status"]').innerText()
const panelStatus = (page: Page) => page.locator('[data-testid="workflow-status"]').innerText()
const primaryButtons = (page: Page) =>
  page.locator('.doc-controls .btn--style-primary').allInnerTexts()

async function radioSpotCount(): Promise<number> {
  const res = await api<{ totalDocs: number }>('/api/radio-spots?draft=true&limit=1&depth=0', {
    token: admin,
  })
  return res.body.totalDocs
}

describe('the review path in a Lao admin', () => {
  it('gives a provincial editor "send for review" as the main button, and confirms it', async () => {
    const created = await api<{ doc: { id: number } }>('/api/news?draft=true', {
      method: 'POST',
      token: provincial,
      body: { title: `ຂ່າວແຂວງ ${Date.now()}`, provinces: [province] },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    made.push(`/api/news/${id}`)
    const context = await laoContext(provincial)
    const page = await context.newPage()
    await openEdit(page, 'news', id)

    // No Publish: the one main button in the header sends the work for review, as in the panel.
    expect(await page.locator('#action-save').count()).toBe(0)
    expect(await primaryButtons(page)).toEqual(['ສົ່ງໃຫ້ກວດ'])
    const panelSubmit = page.locator('[data-testid="workflow"] button', { hasText: 'ສົ່ງໃຫ້ກວດ' })
    expect(await panelSubmit.getAttribute('class')).toContain('btn--style-primary')
    expect(await headerStatus(page)).toBe('ສະບັບຮ່າງ')
    expect(await panelStatus(page)).toBe('ສະບັບຮ່າງ')

    await page.locator('#action-submit-review').click()
    const toast = page.locator('.payload-toast-item', { hasText: 'ສົ່ງໃຫ້ກວດແລ້ວ' })
    await toast.waitFor({ timeout: 30_000 })
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="header-status"]')?.textContent === 'ກຳລັງກວດ' &&
        document.querySelector('[data-testid="workflow-status"]')?.textContent === 'ກຳລັງກວດ',
      undefined,
      { timeout: 30_000 },
    )
    // Nothing left to send: the button goes, and no Publish takes its place.
    expect(await page.locator('#action-submit-review').count()).toBe(0)
    expect(await primaryButtons(page)).toEqual([])

    // As stored, and as shown on a fresh visit.
    const stored = await api<{ workflowStatus: string }>(`/api/news/${id}?draft=true&depth=0`, {
      token: admin,
    })
    expect(stored.body.workflowStatus).toBe('in-review')
    await openEdit(page, 'news', id)
    expect([await headerStatus(page), await panelStatus(page)]).toEqual(['ກຳລັງກວດ', 'ກຳລັງກວດ'])
    await context.close()
  }, 120_000)

  it('gives whoever may publish Publish as the main button', async () => {
    const created = await api<{ doc: { id: number } }>('/api/news?draft=true', {
      method: 'POST',
      token: admin,
      body: { title: `ຂ່າວບັນນາທິການ ${Date.now()}` },
    })
    expect(created.status).toBe(201)
    made.push(`/api/news/${created.body.doc.id}`)
    const context = await laoContext(admin)
    const page = await context.newPage()
    await openEdit(page, 'news', created.body.doc.id)
    // Payload's Publish, with its schedule menu: the style is on the button's wrapper.
    const publish = page.locator('#action-save')
    expect(await publish.evaluate((b) => b.closest('.btn--style-primary') !== null)).toBe(true)
    expect(await publish.innerText()).toMatch(/ເຜີຍແຜ່/)
    expect((await primaryButtons(page)).map((text) => text.trim())).toEqual([
      (await publish.innerText()).trim(),
    ])
    expect(await page.locator('#action-submit-review').count()).toBe(0)
    // The panel's "send for review" is a second choice for them.
    const panelSubmit = page.locator('[data-testid="workflow"] button', { hasText: 'ສົ່ງໃຫ້ກວດ' })
    expect(await panelSubmit.getAttribute('class')).toContain('btn--style-secondary')
    expect(await headerStatus(page)).toBe('ສະບັບຮ່າງ')
    await context.close()
  }, 60_000)

  it('stores nothing on opening "create", and saves once the editor has typed a title', async () => {
    const before = await radioSpotCount()
    const context = await laoContext(admin)
    const page = await context.newPage()
    await page.goto(`${server().url}/admin/collections/radio-spots/create`)
    const title = page.locator('#field-title')
    await title.waitFor({ timeout: 30_000 })
    await page.waitForTimeout(5_000)
    expect(new URL(page.url()).pathname).toBe('/admin/collections/radio-spots/create')
    expect(await radioSpotCount()).toBe(before)

    // Saving without a title is refused, and still stores nothing.
    const save = page.locator('#action-save-draft')
    await save.click()
    await page.locator('.payload-toast-item').first().waitFor({ timeout: 30_000 })
    expect(await radioSpotCount()).toBe(before)

    await title.fill('ສຽງວິທະຍຸ ທົດລອງ')
    await save.click()
    await page.waitForURL((url) => /\/radio-spots\/\d+$/.test(url.pathname), { timeout: 30_000 })
    const id = Number(new URL(page.url()).pathname.split('/').pop())
    made.push(`/api/radio-spots/${id}`)
    expect(await radioSpotCount()).toBe(before + 1)

    // From here autosave keeps the work.
    await page.locator('[data-testid="workflow-status"]').waitFor({ timeout: 30_000 })
    await title.fill('ສຽງວິທະຍຸ ທົດລອງ ແກ້ໄຂ')
    const savedTitle = async () =>
      (await api<{ title: string }>(`/api/radio-spots/${id}?draft=true&depth=0`, { token: admin }))
        .body.title
    const deadline = Date.now() + 30_000
    while ((await savedTitle()) !== 'ສຽງວິທະຍຸ ທົດລອງ ແກ້ໄຂ' && Date.now() < deadline)
      await page.waitForTimeout(500)
    expect(await savedTitle()).toBe('ສຽງວິທະຍຸ ທົດລອງ ແກ້ໄຂ')
    await context.close()
  }, 120_000)

  it('puts the reach page’s ສະແດງ button on the row of its dropdowns', async () => {
    const context = await laoContext(admin)
    const page = await context.newPage()
    await page.goto(`${server().url}/admin/reach?period=2020-H1`)
    const show = page.locator('[data-testid="reach-show"]')
    await show.waitFor({ timeout: 30_000 })
    expect(await show.innerText()).toBe('ສະແດງ')
    const bottom = async (selector: string) => {
      const box = await page.locator(selector).boundingBox()
      return box ? box.y + box.height : NaN
    }
    const button = await bottom('[data-testid="reach-show"]')
    for (const select of ['select[name="period"]', 'select[name="province"]'])
      expect(Math.abs(button - (await bottom(select)))).toBeLessThanOrEqual(3)
    await context.close()
  }, 60_000)
})
