import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { totals, totalsReach, type CountedItem } from '../helpers/counts'
import { adminLogin, server } from '../helpers/http'
import { launchChromium } from './browser'

let browser: Browser
let admin: string
const song: CountedItem = { type: 'songs', slug: 'call-1300' }

beforeAll(async () => {
  admin = await adminLogin()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** Waits until the song's counts are `want`, and fails with what they are if they never get there. */
const countsReach = (want: { views: number; plays: number }) => totalsReach(admin, song, want)

describe('the counters, from a page in Chromium', () => {
  it('count one view per page view and one play per player, however often it plays', async () => {
    const before = await totals(admin, song)
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
    const page = await context.newPage()
    const sent: { event: string }[] = []
    page.on('request', (r) => {
      if (r.url().endsWith('/api/beacon')) sent.push({ event: JSON.parse(r.postData()!).event })
    })
    const res = await page.goto(`${server().url}/lo/songs/call-1300`, { waitUntil: 'load' })
    expect(res?.status()).toBe(200)
    await countsReach({ views: before.views + 1, plays: before.plays })

    const play = () =>
      page.locator('audio').evaluate(async (el: HTMLAudioElement) => {
        await el.play()
        await new Promise((r) => setTimeout(r, 600))
        el.pause()
        return el.currentTime
      })
    expect(await play()).toBeGreaterThan(0.2)
    await countsReach({ views: before.views + 1, plays: before.plays + 1 })
    // Played again after a pause, on the same page view: not a new play.
    expect(await play()).toBeGreaterThan(0.4)
    await page.waitForTimeout(1_500)
    expect(await totals(admin, song)).toEqual({
      views: before.views + 1,
      plays: before.plays + 1,
    })
    expect(sent.map((s) => s.event)).toEqual(['view', 'play'])

    // A new page view counts again.
    await page.reload({ waitUntil: 'load' })
    await countsReach({ views: before.views + 2, plays: before.plays + 1 })
    await context.close()
  }, 60_000)
})
