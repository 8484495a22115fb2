/**
 * Quizzes and polls in Chromium at 360 px, in Lao: a quiz taken without script (one form, the
 * score on the page it returns to) and with script (one question at a time, each explained, the
 * score in place, the "about you" answers remembered on the phone only), and a poll voted in once.
 * What the endpoints added up is read from the database itself: no one reads it through the API.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { added, addedReaches } from '../helpers/answerTallies'
import { server } from '../helpers/http'
import { chromiumInLao } from './browser'

const chromium = chromiumInLao()
const contexts: BrowserContext[] = []

async function phone(javaScriptEnabled = true): Promise<Page> {
  const context = await chromium.browser.newContext({
    locale: 'lo-LA',
    viewport: { width: 360, height: 740 },
    javaScriptEnabled,
  })
  contexts.push(context)
  return context.newPage()
}

afterAll(async () => {
  for (const context of contexts) await context.close()
})

const quiz = '/lo/quizzes/fake-job-offers'

describe('a quiz', () => {
  it('is one form without script, and the page it returns to has the score and why', async () => {
    const before = await added('quiz_tallies', 'fake-job-offers')
    const page = await phone(false)
    await page.goto(`${server().url}${quiz}`)
    expect(await page.locator('.quiz-question').count()).toBe(3)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    // Right, wrong, right.
    await page.check('input[name=q0][value="1"]')
    await page.check('input[name=q1][value="0"]')
    await page.check('input[name=q2][value="1"]')
    await page.selectOption('select[name=ageBand]', '15-19')
    await Promise.all([
      page.waitForURL(/answers=1\.0\.1/),
      page.click('.quiz-form button[type=submit]'),
    ])
    expect(await page.innerText('.quiz-result h2')).toBe('ທ່ານຕອບຖືກ 2 ຈາກ 3 ຂໍ້')
    expect(await page.locator('.quiz-result li.is-wrong').count()).toBe(1)
    expect(await page.innerText('.quiz-result li.is-wrong')).toContain('ໜີ້ສິນຈາກຄ່ານາຍໜ້າ')
    expect(await added('quiz_tallies', 'fake-job-offers')).toBe(before + 3)
  }, 60_000)

  it('shows one question at a time with script, explains each, and scores in place', async () => {
    const before = await added('quiz_tallies', 'fake-job-offers')
    const page = await phone()
    await page.goto(`${server().url}${quiz}`)
    const visible = () => page.locator('.quiz-question:visible')
    expect(await visible().count()).toBe(1)
    expect(await page.locator('.quiz-form button[type=submit]').isVisible()).toBe(false)
    // A wrong answer: said so, the right one marked, the explanation shown.
    await page.click('.quiz-question:visible label:has(input[value="0"])')
    expect(await page.innerText('.quiz-question:visible .verdict')).toBe('ຍັງບໍ່ຖືກ.')
    expect(
      await page.locator('.quiz-question:visible label.is-right input[value="1"]').count(),
    ).toBe(1)
    expect(await page.locator('.quiz-question:visible .explanation').isVisible()).toBe(true)
    await page.click('.quiz-question:visible button.next')
    await page.click('.quiz-question:visible label:has(input[value="1"])')
    expect(await page.innerText('.quiz-question:visible .verdict')).toBe('ຖືກຕ້ອງ!')
    await page.click('.quiz-question:visible button.next')
    await page.click('.quiz-question:visible label:has(input[value="1"])')
    // The end: the "about you" questions, then the score, on this page.
    await page.selectOption('select[name=ageBand]', '20-24')
    await page.selectOption('select[name=province]', 'LA-LP')
    const url = page.url()
    await page.click('.quiz-form button[type=submit]')
    await page.waitForSelector('.quiz-result h2')
    expect(await page.innerText('.quiz-result h2')).toBe('ທ່ານຕອບຖືກ 2 ຈາກ 3 ຂໍ້')
    expect(page.url()).toBe(url)
    expect(await addedReaches('quiz_tallies', 'fake-job-offers', before + 3)).toBe(before + 3)
    // Remembered on this phone only: no cookie, and not asked again.
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('siang:profile')))!)).toEqual(
      { ageBand: '20-24', sex: '', province: 'LA-LP' },
    )
    expect(await page.context().cookies()).toEqual([])
    await page.reload()
    expect(await page.locator('.quiz-form [data-profile]').isHidden()).toBe(true)
  }, 60_000)
})

describe('a quiz as the page loads', () => {
  it('moves nothing when the script takes over, and shows every question should it never come', async () => {
    const page = await phone()
    await page.addInitScript(() => {
      const w = window as unknown as { shifted: number; from: number }
      w.shifted = 0
      w.from = Infinity
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; startTime: number }[])
          if (e.startTime >= w.from) w.shifted += e.value
      }).observe({ type: 'layout-shift', buffered: true })
    })
    // The script a second late, as on a slow line: the page is drawn before it runs. Shifts are
    // counted from the moment it is let through, after the Lao font has come and been drawn: a
    // font late on a loaded machine moves the text by itself (font-display: swap), which is not
    // what this measures.
    await page.route('**/assets/answers.*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 1000))
      await page.evaluate(async () => {
        await document.fonts.ready
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
        ;(window as unknown as { from: number }).from = performance.now()
      })
      await route.continue()
    })
    await page.goto(`${server().url}${quiz}`)
    await page.waitForSelector('form.one-at-a-time')
    await page.waitForTimeout(300)
    // The questions after the first were out of the way before the script ran (answers.css).
    expect(await page.evaluate(() => (window as unknown as { from: number }).from)).toBeLessThan(
      Infinity,
    )
    expect(
      await page.evaluate(() => (window as unknown as { shifted: number }).shifted),
    ).toBeLessThan(0.01)

    const stuck = await phone()
    await stuck.route('**/assets/answers.*.js', (route) => route.abort())
    await stuck.goto(`${server().url}${quiz}`)
    expect(await stuck.locator('.quiz-question:visible').count()).toBe(1)
    // A few seconds on, with no script to show them, every question and the button come back.
    await stuck.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('.quiz-question')).every(
          (q) => getComputedStyle(q).visibility === 'visible',
        ),
      undefined,
      { timeout: 20_000 },
    )
    expect(await stuck.locator('.quiz-question:visible').count()).toBe(3)
    expect(await stuck.locator('.quiz-form > button:visible').count()).toBe(1)
  }, 60_000)
})

describe('a poll', () => {
  it('takes one vote from this phone, shows the results in place, and not the form again', async () => {
    const slug = 'check-before-you-go'
    const before = await added('poll_tallies', slug)
    const page = await phone()
    await page.goto(`${server().url}/lo/polls/${slug}`)
    await page.click('.poll-options label:has(input[value="1"])')
    await page.click('.poll-form button[type=submit]')
    await page.waitForSelector('.answer-sent')
    expect(await page.innerText('.answer-sent')).toBe('ຂອບໃຈທີ່ລົງຄະແນນ.')
    expect(await page.locator('.poll-results li').count()).toBe(3)
    expect(await page.innerText('.poll-results')).toContain(`${before + 1} ຄະແນນ`)
    expect(await added('poll_tallies', slug)).toBe(before + 1)
    await page.reload()
    expect(await page.locator('.poll-form').count()).toBe(0)
    expect(await page.innerText('.answer-sent')).toContain('ທ່ານໄດ້ລົງຄະແນນໃນແບບສຳຫຼວດນີ້ແລ້ວ.')
    // The same phone, sending again by hand: refused, and nothing added.
    const again = await page.evaluate(async (path) => {
      const token = JSON.parse(localStorage.getItem('siang:device')!)
      const res = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ option: 0, token }),
      })
      return res.status
    }, `/api/polls/${slug}/votes`)
    expect(again).toBe(409)
    expect(await added('poll_tallies', slug)).toBe(before + 1)
  }, 60_000)
})
