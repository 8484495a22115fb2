import fs from 'node:fs'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { server } from '../helpers/http'
import { launchChromium } from './browser'

const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

let browser: Browser
let context: BrowserContext
const problems: string[] = []

beforeAll(async () => {
  browser = await launchChromium()
  // A cheap Android phone: 360 px wide.
  context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  })
})

afterAll(async () => {
  await browser?.close()
})

async function open(path: string): Promise<Page> {
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`${path}: ${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`))
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${path}: ${r.status()} ${r.url()}`)
  })
  const res = await page.goto(`${server().url}${path}`, { waitUntil: 'load' })
  expect(res?.status()).toBe(200)
  return page
}

describe('the public site on a 360 px phone, in Chromium', () => {
  it('plays a song', async () => {
    const page = await open('/lo/songs/call-1300')
    const played = await page.locator('audio').evaluate(async (el: HTMLAudioElement) => {
      await el.play()
      await new Promise((r) => setTimeout(r, 1200))
      el.pause()
      return el.currentTime
    })
    expect(played).toBeGreaterThan(0.3)
    await page.close()
  })

  it('plays an episode, with its captions loaded and on in the page language', async () => {
    const page = await open('/en/dramas/the-job-offer/the-job-offer-1')
    const state = await page.locator('video').evaluate(async (el: HTMLVideoElement) => {
      el.muted = true
      await el.play()
      await new Promise((r) => setTimeout(r, 1500))
      el.pause()
      const tracks = Array.from(el.textTracks).map((t) => ({
        lang: t.language,
        mode: t.mode,
        cues: t.cues?.length ?? 0,
      }))
      return { time: el.currentTime, tracks }
    })
    expect(state.time).toBeGreaterThan(0.5)
    expect(state.tracks).toContainEqual({ lang: 'en', mode: 'showing', cues: expect.any(Number) })
    expect(state.tracks.find((t) => t.lang === 'en')!.cues).toBeGreaterThan(3)
    expect(state.tracks.find((t) => t.lang === 'lo')!.mode).not.toBe('showing')
    await page.close()
  })

  it('switches language and keeps the page', async () => {
    const page = await open('/lo/songs/call-1300')
    await page.locator('a.switch').click()
    await page.waitForURL(/\/en\/songs\/call-1300$/)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').innerText()).toBe('Call 1300')
    await page.close()
  })

  it('has no serious or critical accessibility problem (axe-core), and no sideways scroll', async () => {
    for (const path of [
      '/lo',
      '/en/songs',
      '/lo/songs/call-1300',
      '/en/dramas/the-job-offer/the-job-offer-2',
      '/lo/news/committee-first-half-2020-results',
      '/lo/campaigns/first-half-2020',
      '/lo/help',
      '/lo/help/services',
      '/lo/quizzes/fake-job-offers',
      '/lo/polls/check-before-you-go',
      '/embed/quizzes/fake-job-offers',
      '/embed/polls/check-before-you-go?lang=en&theme=dark',
    ]) {
      const page = await open(path)
      // Evaluated through the browser's debugging protocol: the page's own script policy refuses
      // an inline <script> it did not issue, as it should.
      await page.evaluate(axeSource)
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>
            }
          }
        ).axe
        const { violations } = await axe.run()
        return violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.nodes.length})`)
      })
      expect({ path, violations }).toEqual({ path, violations: [] })
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect({ path, sideways: width > 360 }).toEqual({ path, sideways: false })
      await page.close()
    }
  }, 120_000)

  it('keeps the header short in both languages: the player shows on the first screen', async () => {
    for (const path of ['/lo/songs/call-1300', '/en/songs/call-1300']) {
      const page = await open(path)
      const layout = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect()
        const nav = document.querySelector('.site-header nav')!
        return {
          headerBottom: box('.site-header').bottom,
          search: box('#site-search-q'),
          player: box('figure.player').bottom,
          navScrolls: nav.scrollWidth > nav.clientWidth,
          navFaded: getComputedStyle(nav).maskImage !== 'none',
        }
      })
      // The hotline bar and the header together: at most 200 px of a 740 px screen (they took
      // 32% in Lao and 43% in English before).
      expect({ path, short: layout.headerBottom <= 200 }).toEqual({ path, short: true })
      expect(layout.search.right).toBeLessThanOrEqual(360)
      expect(layout.search.width).toBeGreaterThan(150)
      expect(layout.player).toBeLessThan(740)
      // The section nav scrolls, and its faded edge says so.
      expect(layout).toMatchObject({ navScrolls: true, navFaded: true })
      await page.close()
    }
  })

  it('starts a video with a tap on its poster, and shows its captions in a readable size', async () => {
    const page = await open('/en/dramas/the-job-offer/the-job-offer-1')
    const video = page.locator('video')
    await video.scrollIntoViewIfNeeded()
    const box = (await video.boundingBox())!
    // The middle of the poster, away from the native controls at the bottom.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 3)
    await page.waitForFunction(() => {
      const v = document.querySelector('video')!
      return !v.paused && v.currentTime > 0.2
    })
    const cue = await video.evaluate((el) => getComputedStyle(el, '::cue').fontSize)
    expect(parseFloat(cue)).toBeGreaterThanOrEqual(16)
    await video.evaluate((el: HTMLVideoElement) => el.pause())
    await page.close()
  })

  it("shows a drama's episodes as cards, and the next episode on an episode", async () => {
    const drama = await open('/en/dramas/the-job-offer')
    const cards = await drama.locator('.episodes .episode-card').evaluateAll((links) =>
      links.map((a) => ({
        href: a.getAttribute('href'),
        picture: Boolean(a.querySelector('img')),
        text: (a as HTMLElement).innerText,
      })),
    )
    expect(cards.length).toBeGreaterThanOrEqual(2)
    expect(cards[0]).toMatchObject({
      href: '/en/dramas/the-job-offer/the-job-offer-1',
      picture: true,
    })
    expect(cards[0].text).toMatch(/Episode 1/)
    await drama.close()
    const first = await open('/en/dramas/the-job-offer/the-job-offer-1')
    await first.locator('.next-episode a').click()
    await first.waitForURL(/the-job-offer-2$/)
    await first.close()
  })

  it('works without script: the page, its player and its links are there; script-only buttons are not', async () => {
    const bare = await browser.newContext({
      viewport: { width: 360, height: 740 },
      javaScriptEnabled: false,
    })
    const page = await bare.newPage()
    const res = await page.goto(`${server().url}/lo/songs/call-1300`)
    expect(res?.status()).toBe(200)
    expect(await page.locator('audio source').count()).toBeGreaterThan(0)
    expect(await page.locator('a[href^="tel:"]').first().isVisible()).toBe(true)
    expect(await page.locator('a[download]').first().isVisible()).toBe(true)
    expect(await page.locator('button.share-button').isVisible()).toBe(false)
    await bare.close()
  })

  it('keeps the console clean on every page it opened', () => {
    expect(problems).toEqual([])
  })
})
