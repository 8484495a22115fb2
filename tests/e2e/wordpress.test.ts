import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Frame, Page } from 'playwright-core'
import { added, addedReaches } from '../helpers/answerTallies'
import { adminLogin, api, server } from '../helpers/http'
import { startWordPress, type WordPress } from '../helpers/wordpress'
import { launchChromium } from './browser'

/**
 * A partner's WordPress (Debian's WordPress 6, its default theme) embeds a Siang episode the
 * classic way, its address on a line of its own, and a visitor opens the post on a 360 px phone
 * in Chromium. Without the plugin WordPress discovers Siang's oEmbed and sandboxes the player;
 * with integrations/wordpress it trusts Siang and keeps the player whole.
 */
let browser: Browser
let wp: WordPress
let admin: string
let partnerId: number
let site: string
const episode = () => `${site}/lo/dramas/the-job-offer/the-job-offer-1`

beforeAll(async () => {
  site = new URL(server().url).origin
  admin = await adminLogin()
  ;[wp, browser] = await Promise.all([startWordPress(), launchChromium()])
  const created = await api<{ doc: { id: number } }>('/api/partners', {
    method: 'POST',
    token: admin,
    body: {
      title: `WordPress partner ${Date.now()}`,
      allowedEmbedOrigins: [{ origin: wp.origin }],
    },
  })
  expect(created.status).toBe(201)
  partnerId = created.body.doc.id
}, 90_000)

afterAll(async () => {
  try {
    await browser?.close()
    if (partnerId) await api(`/api/partners/${partnerId}`, { method: 'DELETE', token: admin })
  } finally {
    await wp?.stop()
  }
})

/** The post on a phone-sized screen, and the player's frame once its video is there. */
async function openOnPhone(link: string): Promise<{ page: Page; frame: Frame }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } })
  await page.goto(link)
  const iframe = page.locator('iframe[src*="/embed/episodes/the-job-offer-1"]')
  await iframe.waitFor()
  const frame = (await (await iframe.elementHandle())!.contentFrame())!
  await frame.locator('video').waitFor({ state: 'attached' })
  return { page, frame }
}

/** Whether the page scrolls sideways on the phone: its width, and the player's box. */
async function sideways(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector('iframe')!.getBoundingClientRect()
    return {
      scrollWidth: document.documentElement.scrollWidth,
      right: box.right,
      width: box.width,
      height: box.height,
    }
  })
}

/** Plays the video muted for a moment; what the player then shows. */
function playAndLook(frame: Frame) {
  return frame.evaluate(async () => {
    const video = document.querySelector('video')!
    video.muted = true
    await video.play()
    await new Promise((r) => setTimeout(r, 1500))
    video.pause()
    const lao = Array.from(video.textTracks).find((t) => t.language === 'lo')
    const call = document.querySelector('.call')!
    const title = document.querySelector('.title')!
    return {
      origin: self.origin,
      played: video.currentTime,
      cues: lao?.cues?.length ?? 0,
      fullscreen: document.fullscreenEnabled,
      call: { tag: call.tagName, text: call.textContent ?? '', href: call.getAttribute('href') },
      title: { tag: title.tagName, href: title.getAttribute('href') },
    }
  })
}

/** The partner page's script: commands to the player, and the events it sends back. */
function listenAndSeek(page: Page, targetOrigin: string, seconds: number) {
  return page.evaluate(
    ({ targetOrigin, seconds }) => {
      const player = document.querySelector('iframe')!.contentWindow!
      const w = window as unknown as { seen: { event: string; origin: string }[] }
      w.seen = []
      addEventListener('message', (e) => {
        if (e.source === player && e.data?.type === 'siang:event')
          w.seen.push({ event: e.data.event, origin: e.origin })
      })
      player.postMessage({ type: 'siang:command', command: 'seek', value: seconds }, targetOrigin)
    },
    { targetOrigin, seconds },
  )
}

const currentTime = (frame: Frame) =>
  frame.evaluate(() => document.querySelector('video')!.currentTime)

describe('a Siang episode in a WordPress post, on a 360 px phone in Chromium', () => {
  it('without the plugin: sandboxed, it plays with its Lao captions, the hotline is readable, commands sent to "*" work, and nothing scrolls sideways', async () => {
    await wp.usePlugin(null)
    const link = await wp.publish(
      'Watch the drama',
      `Our partners made this.\n\n${episode()}\n\nCall if in doubt.`,
    )
    const { page, frame } = await openOnPhone(link)
    const iframe = page.locator('iframe').first()
    // What WordPress does to a provider it does not know (wp_filter_oembed_result).
    expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts')
    expect(await iframe.getAttribute('allow')).toBeNull()
    expect(await iframe.getAttribute('style')).toBeNull()

    const seen = await playAndLook(frame)
    expect(seen.origin).toBe('null')
    expect(seen.played).toBeGreaterThan(0.5)
    expect(seen.cues).toBe(6)
    expect(seen.fullscreen).toBe(false)
    expect(seen.call).toMatchObject({ tag: 'SPAN', href: null })
    expect(seen.call.text).toContain('1300')
    expect(seen.title.tag).toBe('SPAN')

    // The frame has no origin to name, so a command addressed to Siang's origin is dropped by
    // the browser; sent to "*" from the allowed WordPress origin, it is obeyed.
    await listenAndSeek(page, site, 7)
    await page.waitForTimeout(500)
    expect(await currentTime(frame)).toBeLessThan(6)
    await listenAndSeek(page, '*', 7)
    await frame.waitForFunction(() => document.querySelector('video')!.currentTime >= 7)
    await page.waitForFunction(() =>
      (window as unknown as { seen: { event: string }[] }).seen.some(
        (e) => e.event === 'timeupdate',
      ),
    )
    const events = await page.evaluate(
      () => (window as unknown as { seen: { origin: string }[] }).seen,
    )
    expect(events.every((e) => e.origin === 'null')).toBe(true)

    // WordPress removed the style, but the width attribute it keeps is the column's: on a 360 px
    // phone nothing scrolls sideways (the video keeps its shape inside the frame).
    expect(await iframe.getAttribute('width')).toBe('100%')
    const box = await sideways(page)
    expect(box.right).toBeLessThanOrEqual(360)
    expect(box.scrollWidth).toBeLessThanOrEqual(360)
    await page.close()
  }, 60_000)

  it('with the plugin: not sandboxed, fullscreen allowed, links work, commands to Siang’s origin work, nothing scrolls sideways', async () => {
    await wp.usePlugin(site)
    const link = await wp.publish(
      'Watch the drama',
      `Our partners made this.\n\n${episode()}\n\nCall if in doubt.`,
    )
    const { page, frame } = await openOnPhone(link)
    const iframe = page.locator('iframe').first()
    expect(await iframe.getAttribute('sandbox')).toBeNull()
    expect(await iframe.getAttribute('allow')).toContain('fullscreen')

    const seen = await playAndLook(frame)
    expect(seen.origin).toBe(site)
    expect(seen.played).toBeGreaterThan(0.5)
    expect(seen.cues).toBe(6)
    expect(seen.fullscreen).toBe(true)
    expect(seen.call).toMatchObject({ tag: 'A', href: 'tel:1300' })
    expect(seen.title).toEqual({ tag: 'A', href: episode() })

    await listenAndSeek(page, site, 7)
    await frame.waitForFunction(() => document.querySelector('video')!.currentTime >= 7)
    await page.waitForFunction(() =>
      (window as unknown as { seen: { event: string }[] }).seen.some(
        (e) => e.event === 'timeupdate',
      ),
    )
    const events = await page.evaluate(
      () => (window as unknown as { seen: { origin: string }[] }).seen,
    )
    expect(events.every((e) => e.origin === site)).toBe(true)

    // The title opens the episode's page in a new tab.
    const [opened] = await Promise.all([
      page.context().waitForEvent('page'),
      frame.locator('a.title').click(),
    ])
    await opened.waitForLoadState('domcontentloaded')
    expect(opened.url()).toBe(episode())
    await opened.close()

    // As wide as the column, and the height follows (aspect-ratio): no sideways scrolling.
    const box = await sideways(page)
    expect(box.right).toBeLessThanOrEqual(360)
    expect(box.scrollWidth).toBeLessThanOrEqual(360)
    const [w, h] = /aspect-ratio:\s*(\d+)\s*\/\s*(\d+)/
      .exec((await iframe.getAttribute('style'))!)!
      .slice(1)
      .map(Number)
    const ratio = w / h
    expect(box.width).toBeLessThan(360)
    expect(Math.abs(box.height - box.width / ratio)).toBeLessThan(2)
    await page.close()
  }, 60_000)
})

describe('a Siang quiz in a WordPress post, without the plugin', () => {
  it('is sandboxed, and still taken one question at a time and counted', async () => {
    await wp.usePlugin(null)
    const before = await added('quiz_tallies', 'fake-job-offers')
    const link = await wp.publish(
      'Test yourself',
      `Before you take a job abroad:\n\n${site}/en/quizzes/fake-job-offers\n\nCall if in doubt.`,
    )
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } })
    await page.goto(link)
    const iframe = page.locator('iframe[src*="/embed/quizzes/fake-job-offers"]')
    await iframe.waitFor()
    expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts')
    const frame = (await (await iframe.elementHandle())!.contentFrame())!
    await frame.waitForSelector('form.one-at-a-time')
    for (const value of ['1', '1', '1']) {
      await frame.click(`.quiz-question:visible label:has(input[value="${value}"])`)
      const next = frame.locator('.quiz-question:visible button.next')
      if (await next.count()) await next.click()
    }
    await frame.click('.quiz-form > button')
    await frame.waitForSelector('.quiz-result h2')
    expect(await frame.innerText('.quiz-result h2')).toBe('You got 3 of 3 right')
    expect(await addedReaches('quiz_tallies', 'fake-job-offers', before + 3)).toBe(before + 3)
    expect((await sideways(page)).scrollWidth).toBeLessThanOrEqual(360)
    await page.close()
  }, 60_000)
})
