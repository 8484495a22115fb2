import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext } from 'playwright-core'
import { stations } from '../../seed/data/demo/reach'
import { adminLogin, server } from '../helpers/http'
import { launchChromium } from './browser'

let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const token = await adminLogin()
  await context.addCookies([{ name: 'payload-token', value: token, url: server().url }])
})

afterAll(async () => {
  await browser?.close()
})

/** How many pixels of each chart's canvas something was drawn on. */
const inked = () =>
  [...document.querySelectorAll<HTMLCanvasElement>('[data-testid="reach-charts"] canvas')].map(
    (canvas) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
      let n = 0
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++
      return n
    },
  )

describe('reach reporting in Chromium', () => {
  it('draws the three charts and lists every station on /admin/reach', async () => {
    const page = await context.newPage()
    await page.goto(`${server().url}/admin/reach?period=2020-H1`)
    const canvases = page.locator('[data-testid="reach-charts"] canvas')
    await canvases.first().waitFor({ timeout: 60_000 })
    expect(await canvases.count()).toBe(3)
    // Each chart is drawn in a frame after its canvas is placed: under load, a frame or more
    // later. The check is that each gets drawn, not when.
    await page
      .waitForFunction(`(${inked.toString()})().every((n) => n > 1000)`, null, { timeout: 20_000 })
      .catch(() => {})
    for (const n of await page.evaluate(inked)) expect(n).toBeGreaterThan(1000)
    // Every demo station has its row (other tests add stations of their own), and the total
    // row adds up the rows.
    const table = page.locator('[data-testid="reach-broadcasts"]')
    const names = await table.locator('tbody tr td:first-child').allInnerTexts()
    expect(names).toEqual(expect.arrayContaining(stations.map((st) => st.name.en)))
    const booked = await table.locator('tbody tr td:nth-child(3)').allInnerTexts()
    const digits = (v: string) => Number(v.replace(/\D/g, ''))
    const sum = booked.reduce((n, v) => n + digits(v), 0)
    expect(sum).toBeGreaterThanOrEqual(stations.length * 13)
    expect(digits(await table.locator('tfoot td').nth(2).innerText())).toBe(sum)
    await page.close()
  }, 120_000)

  it('prints the half-year report to PDF without the admin around it, in either language', async () => {
    const page = await context.newPage()
    await page.goto(`${server().url}/admin/reach/report?period=2020-H1&lang=en`)
    await page.locator('[data-testid="reach-report"] h1').waitFor({ timeout: 60_000 })
    expect(await page.locator('h1').innerText()).toBe('Half-year report on awareness work, 2020-H1')
    expect(await page.locator('nav').count()).toBe(0)
    await page.locator('[data-testid="reach-charts"] canvas').first().waitFor()
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBeGreaterThanOrEqual(2)
    await page.goto(`${server().url}/admin/reach/report?period=2020-H1&lang=lo`)
    expect(await page.locator('h1').innerText()).toBe('ບົດລາຍງານວຽກງານໂຄສະນາເຜີຍແຜ່ 6 ເດືອນ, 2020-H1')
    expect(await page.getAttribute('[data-testid="reach-report"]', 'lang')).toBe('lo')
    await page.close()
  }, 120_000)
})
