/**
 * A quiz and a poll embedded on a partner's page (127.0.0.1, while the site is on localhost), in
 * Chromium at 360 px: framed as the embed code frames it, where the page is told the embed's
 * height as it grows, and sandboxed with allow-scripts only, as WordPress frames a provider it
 * does not know (origin "null", no forms, no storage), where the quiz and the poll still answer.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Frame, Page } from 'playwright-core'
import { added, addedReaches } from '../helpers/answerTallies'
import { embeddingDuringFile } from '../helpers/embedding'
import { adminLogin, api, server } from '../helpers/http'
import { launchChromium } from './browser'

let browser: Browser
let host: http.Server
let hostOrigin: string
let admin: string
let partnerId: number
const QUIZ = 'fake-job-offers'
const POLL = 'check-before-you-go'

/** The partner's page: one frame, and the events it hears from Siang's origin. */
function hostPage(src: string, siteOrigin: string, sandboxed: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Partner page</title></head><body style="margin:8px">
<iframe id="embed" src="${src}" width="100%" height="560" style="border:0"${sandboxed ? ' sandbox="allow-scripts"' : ''}></iframe>
<script>
  window.events = []
  addEventListener('message', (e) => {
    if (e.data && e.data.type === 'siang:event')
      window.events.push({ origin: e.origin, event: e.data.event, height: e.data.height })
  })
</script></body></html>`
}

embeddingDuringFile('partners-only')

beforeAll(async () => {
  admin = await adminLogin()
  const siteOrigin = new URL(server().url).origin
  host = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host')
    const src = `${siteOrigin}/embed/${url.searchParams.get('embed')}`
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(hostPage(src, siteOrigin, url.pathname === '/sandboxed'))
  })
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`
  const created = await api<{ doc: { id: number } }>('/api/partners', {
    method: 'POST',
    token: admin,
    body: { title: `Quiz partner ${Date.now()}`, allowedEmbedOrigins: [{ origin: hostOrigin }] },
  })
  expect(created.status).toBe(201)
  partnerId = created.body.doc.id
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  if (partnerId) await api(`/api/partners/${partnerId}`, { method: 'DELETE', token: admin })
  await new Promise((resolve) => host?.close(resolve))
})

type Heard = { origin: string; event: string; height?: number }

async function open(path: string, embed: string): Promise<{ page: Page; frame: Frame }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'lo-LA' })
  await page.goto(`${hostOrigin}${path}?embed=${encodeURIComponent(embed)}`)
  const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!
  await frame.waitForSelector('form')
  return { page, frame }
}

/** Answers the quiz in the frame, one question at a time: right, wrong, right. */
async function takeQuiz(frame: Frame): Promise<string> {
  for (const value of ['1', '0', '1']) {
    expect(await frame.locator('.quiz-question:visible').count()).toBe(1)
    await frame.click(`.quiz-question:visible label:has(input[value="${value}"])`)
    const next = frame.locator('.quiz-question:visible button.next')
    if (await next.count()) await next.click()
  }
  await frame.click('.quiz-form > button')
  await frame.waitForSelector('.quiz-result h2')
  return frame.innerText('.quiz-result h2')
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > 360)

describe('a quiz embedded on a partner’s page', () => {
  it('is taken one question at a time, counted, and tells the page its height as it grows', async () => {
    const before = await added('quiz_tallies', QUIZ)
    const { page, frame } = await open('/framed', `quizzes/${QUIZ}`)
    expect(await frame.evaluate(() => self.origin)).toBe(new URL(server().url).origin)
    expect(await takeQuiz(frame)).toBe('ທ່ານຕອບຖືກ 2 ຈາກ 3 ຂໍ້')
    expect(await addedReaches('quiz_tallies', QUIZ, before + 3)).toBe(before + 3)
    const heard = await page.evaluate(() => (window as unknown as { events: Heard[] }).events)
    const siteOrigin = new URL(server().url).origin
    expect(heard.every((e) => e.origin === siteOrigin)).toBe(true)
    const ready = heard.find((e) => e.event === 'ready')!
    expect(ready.height).toBeGreaterThan(200)
    // The score and every explanation shown: taller than the frame has been since it was ready
    // (one question at a time; under load the questions may all show for a moment first, until
    // the quiz's script takes over, so the smallest height heard, not the first).
    const heights = heard.filter((e) => e.height !== undefined).map((e) => e.height!)
    const last = heard.filter((e) => e.event === 'resize').at(-1)!
    expect(last.height).toBeGreaterThan(Math.min(...heights))
    expect(await sideways(page)).toBe(false)
    // Another try opens inside the frame, which the page still may frame (its Referer is now
    // the embed itself: the embed's links name the framing origin).
    await frame.click('.quiz-result a')
    await frame.waitForSelector('form.one-at-a-time')
    expect(await frame.locator('.quiz-result').count()).toBe(0)
    expect(await frame.locator('.quiz-question:visible').count()).toBe(1)
    await page.close()
  }, 60_000)

  it('works without script too: the form comes back to the embed, in the frame, with the score', async () => {
    const before = await added('quiz_tallies', QUIZ)
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      javaScriptEnabled: false,
    })
    try {
      const page = await context.newPage()
      await page.goto(`${hostOrigin}/framed?embed=${encodeURIComponent(`quizzes/${QUIZ}?lang=en`)}`)
      const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!
      await frame.waitForSelector('form')
      for (const [q, value] of [
        ['q0', '1'],
        ['q1', '0'],
        ['q2', '1'],
      ])
        await frame.check(`input[name=${q}][value="${value}"]`)
      await frame.click('.quiz-form > button')
      await frame.waitForSelector('.quiz-result h2')
      expect(await frame.innerText('.quiz-result h2')).toBe('You got 2 of 3 right')
      expect(frame.url()).toContain(`/embed/quizzes/${QUIZ}?`)
      expect(await addedReaches('quiz_tallies', QUIZ, before + 3)).toBe(before + 3)
    } finally {
      await context.close()
    }
  }, 60_000)
})

describe('sandboxed with allow-scripts only, as WordPress frames it', () => {
  it('takes the quiz and counts it, with no origin, no forms and no storage', async () => {
    const before = await added('quiz_tallies', QUIZ)
    const { page, frame } = await open('/sandboxed', `quizzes/${QUIZ}?lang=en`)
    expect(await frame.evaluate(() => self.origin)).toBe('null')
    expect(await takeQuiz(frame)).toBe('You got 2 of 3 right')
    expect(await addedReaches('quiz_tallies', QUIZ, before + 3)).toBe(before + 3)
    expect(await frame.locator('.answer-error').count()).toBe(0)
    // Links that would leave the frame are text to read; the hotline number stays.
    expect(await frame.locator('.bar a').count()).toBe(0)
    expect(await frame.innerText('.bar .call')).toContain('1300')
    await page.close()
  }, 60_000)

  it('takes a vote and shows the results in the frame', async () => {
    const before = await added('poll_tallies', POLL)
    const { page, frame } = await open('/sandboxed', `polls/${POLL}`)
    await frame.click('.poll-options label:has(input[value="2"])')
    await frame.click('.poll-form button')
    await frame.waitForSelector('.answer-sent')
    expect(await frame.innerText('.answer-sent')).toBe('ຂອບໃຈທີ່ລົງຄະແນນ.')
    expect(await frame.locator('.poll-results li').count()).toBe(3)
    expect(await frame.innerText('.poll-results')).toContain(`${before + 1} ຄະແນນ`)
    expect(await addedReaches('poll_tallies', POLL, before + 1)).toBe(before + 1)
    expect(await sideways(page)).toBe(false)
    await page.close()
  }, 60_000)
})
