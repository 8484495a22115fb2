import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { adminLogin, api, server } from '../helpers/http'
import { launchChromium } from './browser'

type Doc = { id: number }

let browser: Browser
let admin: string
let station: Doc
const run = Date.now()
const name = `ວິທະຍຸທົດລອງ ${run}`
const spot = `e2e-import-spot-${run}`

beforeAll(async () => {
  browser = await launchChromium()
  admin = await adminLogin()
  const province = await api<{ docs: Doc[] }>('/api/provinces?where[code][equals]=LA-SV')
  const made = await api<{ doc: Doc }>('/api/stations', {
    method: 'POST',
    token: admin,
    body: { name, kind: 'radio', province: province.body.docs[0].id },
  })
  expect(made.status).toBe(201)
  station = made.body.doc
  const item = await api('/api/radio-spots', {
    method: 'POST',
    token: admin,
    body: { title: 'E2E import spot', slug: spot, _status: 'published' },
  })
  expect(item.status).toBe(201)
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

describe('/admin/broadcast-import in a Lao browser', () => {
  it('shows the dry run of a chosen file, then imports it', async () => {
    const context = await browser.newContext({ locale: 'lo-LA' })
    await context.addCookies([
      { name: 'payload-token', value: admin, url: server().url },
      { name: 'payload-lng', value: 'lo', url: server().url },
    ])
    const page = await context.newPage()
    await page.goto(`${server().url}/admin/collections/broadcasts`)
    // Followed by its address: a click while the list is still streaming in can be lost.
    const href = await page.locator('[data-testid="broadcast-import-link"]').getAttribute('href')
    expect(href).toBe('/admin/broadcast-import')
    await page.goto(`${server().url}${href}`)
    expect(await page.locator('h1').innerText()).toBe('ນຳເຂົ້າບັນທຶກຂອງສະຖານີ')

    const csv = [
      'station,date,time,type,item,status,aired_at',
      `${name},2026-07-01,07:30,radio-spot,${spot},aired,07:31`,
      `${name},2026-07-01,19:00,radio-spot,${spot},,`,
    ].join('\n')
    // The file input reacts once React has hydrated the form.
    await page.waitForLoadState('networkidle')
    await page
      .locator('[data-testid="broadcast-import"] input[type="file"]')
      .setInputFiles({ name: 'log.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    const rows = page.locator('[data-testid="broadcast-import"] tbody tr')
    await rows.nth(1).waitFor({ timeout: 30_000 })
    expect(await rows.count()).toBe(2)
    // Line, action, station, item, planned time in Lao time, status.
    const first = await rows.first().locator('td').allInnerTexts()
    expect(first[0]).toBe('2')
    expect(first[1]).toBe('ໃໝ່')
    expect(first[2]).toBe(name)
    expect(first[4]).toBe('1 ກ.ລ. 2026, 7:30')
    expect(first[5]).toMatch(/^ອອກອາກາດແລ້ວ.*\(1 ກ\.ລ\. 2026, 7:31\)$/)

    await page.getByRole('button', { name: 'ນຳເຂົ້າ 2 ແຖວ' }).click()
    const done = page.locator('[data-testid="broadcast-import-done"]')
    await done.waitFor({ timeout: 30_000 })
    expect(await done.innerText()).toContain('ໃໝ່ 2')
    const logged = await api<{ totalDocs: number }>(
      `/api/broadcasts?where[station][equals]=${station.id}`,
      { token: admin },
    )
    expect(logged.body.totalDocs).toBe(2)
    await context.close()
  }, 120_000)
})
