import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext } from 'playwright-core'
import { stations } from '../../seed/data/demo/reach'
import { periodOf } from '@/reach/periods'
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

  it('shows the plan, every province’s indicators, the map and people by sex and age, in Lao', async () => {
    const page = await context.newPage()
    await page.goto(
      `${server().url}/admin/reach?period=${periodOf()}&lang=lo&indicator=people-reached`,
    )
    const plan = page.locator('[data-testid="plan"]')
    await plan.waitFor({ timeout: 60_000 })
    expect(await plan.locator('h2').first().innerText()).toBe('ແຜນ: ຕົວຊີ້ວັດ ທຽບກັບເປົ້າໝາຍ')
    // The scope's eight indicators, each with its bar, read out as actual of target.
    const rows = page.locator('[data-testid="plan-indicators"] tbody tr')
    expect(await rows.count()).toBeGreaterThanOrEqual(8)
    const bar = rows.first().locator('[role="img"]')
    expect(await bar.getAttribute('aria-label')).toMatch(
      /^[\d,.–]+ ໃນ [\d,.–]+: [\d,.–]+%?, (ຕາມແຜນ|ມີຄວາມສ່ຽງ|ບໍ່ຕາມແຜນ|ຍັງບໍ່ມີເປົ້າໝາຍ ຫຼື ຕົວເລກ)$/,
    )
    // Every province a row; the counters, which know no place, have no column.
    const byProvince = page.locator('[data-testid="plan-by-province"]')
    expect(await byProvince.locator('tbody tr').count()).toBe(18)
    const heads = await byProvince.locator('thead th').allInnerTexts()
    expect(heads).toContain('ຈຳນວນຄົນທີ່ເຂົ້າເຖິງ')
    expect(heads).not.toContain('ການເບິ່ງທາງອອນລາຍ')
    // Savannakhet's people reached: actual of target, %, and the status in words, not colour only.
    const svRow = byProvince.locator('tbody tr', { hasText: 'ສະຫວັນນະເຂດ' })
    expect(await svRow.locator('td').nth(1).innerText()).toMatch(
      /^[\d,.]+ \/ [\d,.]+\s+[\d,.]+%\s+(ຕາມແຜນ|ມີຄວາມສ່ຽງ|ບໍ່ຕາມແຜນ)$/,
    )
    // The map: 18 tiles, Savannakhet (its report is in) coloured by its status, said in words.
    const tiles = page.locator('[data-testid="plan-map"] [data-province]')
    expect(await tiles.count()).toBe(18)
    const sv = page.locator('[data-testid="plan-map"] [data-province="LA-SV"]')
    expect(await sv.getAttribute('data-status')).toMatch(/^(on-track|at-risk|off-track)$/)
    expect(await sv.innerText()).toMatch(/ສະຫວັນນະເຂດ\s+[\d,.]+%\s+(ຕາມແຜນ|ມີຄວາມສ່ຽງ|ບໍ່ຕາມແຜນ)/)
    // The capital's report is a draft: no actual, no colour of a status.
    expect(await page.locator('[data-province="LA-VT"]').getAttribute('data-status')).toBe('none')
    // People by sex and age, from Savannakhet's table (its draft capital does not count).
    const sexAge = page.locator('[data-testid="reach-sex-age"]')
    expect(await sexAge.locator('thead th').allInnerTexts()).toEqual([
      'ເພດ',
      '0–14 ປີ',
      '15–19 ປີ',
      '20–24 ປີ',
      '25–30 ປີ',
      '31–34 ປີ',
      '35 ປີຂຶ້ນໄປ',
      'ລວມ',
    ])
    const female = await sexAge.locator('tbody tr').first().locator('td').allInnerTexts()
    expect(female.map((c) => c.replace(/\D/g, ''))).toEqual([
      '',
      '70',
      '140',
      '100',
      '55',
      '25',
      '30',
      '420',
    ])
    await page.close()
  }, 120_000)

  it('prints the plan and the map in the Lao report, within the page', async () => {
    const page = await context.newPage()
    await page.goto(`${server().url}/admin/reach/report?period=2020-H1&lang=lo`)
    await page.locator('[data-testid="plan-map"]').waitFor({ timeout: 60_000 })
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('[data-testid="plan"] h2').first().innerText()).toBe(
      'ແຜນ: ຕົວຊີ້ວັດ ທຽບກັບເປົ້າໝາຍ',
    )
    // The old reports, in their three bands, labelled.
    expect(await page.locator('[data-testid="reach-old-bands"]').count()).toBe(1)
    expect(await page.locator('h3', { hasText: 'ບົດລາຍງານທີ່ເຮັດກ່ອນມີຕາຕະລາງ (3)' }).count()).toBe(1)
    // On A4 (210 mm less 2 × 14 mm of margin, about 688 CSS pixels) nothing is cut off.
    await page.setViewportSize({ width: 688, height: 1000 })
    for (const id of ['plan-indicators', 'plan-by-province', 'plan-map']) {
      const width = await page.locator(`[data-testid="${id}"]`).evaluate((el) => el.scrollWidth)
      expect({ id, width }).toEqual({ id, width: Math.min(width, 688) })
    }
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.close()
  }, 120_000)
})
