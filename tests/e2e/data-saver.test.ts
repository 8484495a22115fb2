import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { adminLogin, madeCopy, server } from '../helpers/http'
import { launchChromium } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('the data-saver switch in Chromium', () => {
  it('puts the small copy first on every player, and remembers it on the device', async () => {
    expect((await madeCopy('song-call-1300.mp3', await adminLogin())).liteStatus).toBe('done')
    const context = await browser.newContext()
    const page = await context.newPage()
    const firstSource = () => page.locator('audio source').first().getAttribute('src')
    const open = async () => {
      // The page may still be the one cached before the copy existed: ask until it lists it.
      for (let i = 0; i < 20; i++) {
        await page.goto(`${server().url}/en/songs/call-1300`)
        if ((await page.locator('input[data-saver]').count()) > 0) return
        await page.waitForTimeout(500)
      }
      throw new Error('the song page never showed the data-saver switch')
    }
    await open()
    const saver = page.locator('input[data-saver]')
    expect(await saver.isChecked()).toBe(false)
    expect(await firstSource()).toMatch(/\.mp3$/)
    await saver.check()
    expect(await firstSource()).toMatch(/-lite\.ogg$/)
    await open()
    expect(await saver.isChecked()).toBe(true)
    expect(await firstSource()).toMatch(/-lite\.ogg$/)
    // The original is one tap away.
    await saver.uncheck()
    expect(await firstSource()).toMatch(/\.mp3$/)
    await context.close()
  }, 180_000)
})
