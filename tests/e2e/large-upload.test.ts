import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { wav } from '../fixtures/media'
import { adminLogin, api, server } from '../helpers/http'
import { tempDir } from '../helpers/payload'
import { launchChromium } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

describe('resumable uploads in the admin, in Chromium', () => {
  it('survive a dropped connection and a reload, and end as one media file with the same bytes', async () => {
    const token = await adminLogin()
    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-token', value: token, url: server().url }])
    const page = await context.newPage()
    // 17.6 MB: three pieces of at most 8 MB.
    // A file on disk, as an officer picks it: the same file again has the same size and date.
    const bytes = wav(1100)
    const file = path.join(tempDir('siang-e2e-tus-'), `long-talk-${Date.now()}.wav`)
    fs.writeFileSync(file, bytes)
    const name = path.basename(file)
    const tus: string[] = []
    page.on('request', (r) => r.url().includes('/api/tus') && tus.push(r.method()))

    // The connection drops after the first piece: every later piece fails.
    let pieces = 0
    await page.route('**/api/tus/**', (route) =>
      route.request().method() === 'PATCH' && pieces++ >= 1 ? route.abort() : route.continue(),
    )
    await page.goto(`${server().url}/admin/upload-large`)
    const form = page.locator('[data-testid="large-upload"]')
    await form.waitFor({ timeout: 60_000 })
    await form.locator('input[type="file"]').setInputFiles(file)
    await page.locator('[data-testid="large-upload-start"]').click()
    // The first piece is through (45%); the second keeps failing and being retried.
    await page.waitForFunction(
      () =>
        Number(
          /^(\d+)%/.exec(
            document.querySelector('[data-testid="large-upload-progress"]')?.textContent ?? '',
          )?.[1] ?? 0,
        ) >= 45,
      undefined,
      { timeout: 60_000 },
    )
    await page.waitForTimeout(1500)
    expect(tus.filter((m) => m === 'POST')).toHaveLength(1)

    // The officer gives up for now and comes back later: the page is reloaded, the connection
    // is back, the same file is chosen again, and the upload goes on from the last piece.
    // The connection comes back only once the old page is gone: its client, still retrying,
    // would otherwise finish the upload on its own just before the reload.
    await page.reload()
    await page.unroute('**/api/tus/**')
    const unfinished = page.locator('[data-testid="large-upload-unfinished"]')
    await unfinished.waitFor({ timeout: 30_000 })
    expect(await unfinished.innerText()).toContain(name)
    tus.length = 0
    await form.locator('input[type="file"]').setInputFiles(file)
    await page.locator('[data-testid="large-upload-start"]').click()
    await page.locator('[data-testid="large-upload-done"]').waitFor({ timeout: 120_000 })
    // Resumed, not begun again: no new upload, and only the missing pieces sent.
    expect(tus.filter((m) => m === 'POST')).toHaveLength(0)
    expect(tus.filter((m) => m === 'PATCH').length).toBeLessThanOrEqual(2)

    const found = await api<{ docs: { id: number; filename: string; filesize: number }[] }>(
      `/api/media?where[filename][equals]=${name}&depth=0`,
      { token },
    )
    expect(found.body.docs).toHaveLength(1)
    const stored = await fetch(`${server().url}/api/media/file/${name}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(sha(new Uint8Array(await stored.arrayBuffer()))).toBe(sha(bytes))
    await context.close()
  }, 240_000)

  it("in the media form's own field: sent in pieces on save, going on after a drop and a reload, one document", async () => {
    const token = await adminLogin()
    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-token', value: token, url: server().url }])
    const page = await context.newPage()
    const bytes = wav(1100)
    const file = path.join(tempDir('siang-e2e-tus-field-'), `field-talk-${Date.now()}.wav`)
    fs.writeFileSync(file, bytes)
    const name = path.basename(file)
    const tus: string[] = []
    page.on('request', (r) => r.url().includes('/api/tus') && tus.push(r.method()))
    let pieces = 0
    await page.route('**/api/tus/**', (route) =>
      route.request().method() === 'PATCH' && pieces++ >= 1 ? route.abort() : route.continue(),
    )

    const choose = async () => {
      const field = page.locator('[data-testid="resumable-upload"]')
      await field.waitFor({ timeout: 60_000 })
      await field.locator('input[type="file"]').setInputFiles(file)
      await page.locator('#field-alt').fill('A long talk, sent from the form')
      await page.locator('#action-save').click()
    }
    await page.goto(`${server().url}/admin/collections/media/create`)
    await choose()
    // Saving sends the file: the first piece goes through, the rest keep failing.
    await page.waitForFunction(
      () =>
        Number(
          /^(\d+)%/.exec(
            document.querySelector('[data-testid="resumable-progress"]')?.textContent ?? '',
          )?.[1] ?? 0,
        ) >= 45,
      undefined,
      { timeout: 60_000 },
    )
    await page.waitForTimeout(1500)
    expect(tus.filter((m) => m === 'POST')).toHaveLength(1)
    expect(page.url()).toMatch(/\/create$/)

    await page.reload()
    await page.unroute('**/api/tus/**')
    const unfinished = page.locator('[data-testid="resumable-unfinished"]')
    await unfinished.waitFor({ timeout: 30_000 })
    expect(await unfinished.innerText()).toContain(name)
    tus.length = 0
    await choose()
    // Saved: the admin moves on to the new document.
    await page.waitForURL(/\/admin\/collections\/media\/\d+/, { timeout: 120_000 })
    expect(tus.filter((m) => m === 'POST')).toHaveLength(0)
    expect(tus.filter((m) => m === 'PATCH').length).toBeLessThanOrEqual(2)

    const found = await api<{ docs: { id: number; alt: string; filesize: number }[] }>(
      `/api/media?where[filename][equals]=${name}&depth=0`,
      { token },
    )
    expect(found.body.docs).toHaveLength(1)
    expect(found.body.docs[0]).toMatchObject({
      alt: 'A long talk, sent from the form',
      filesize: bytes.length,
    })
    const stored = await fetch(`${server().url}/api/media/file/${name}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(sha(new Uint8Array(await stored.arrayBuffer()))).toBe(sha(bytes))
    await context.close()
  }, 240_000)
})
