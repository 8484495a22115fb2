import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
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

/** A page that sends files over tus: where it is, and how a file is chosen and sent. */
type Sender = {
  path: string
  send: (page: Page, file: string) => Promise<void>
  progress: string
  unfinished: string
  finished: (page: Page) => Promise<unknown>
}

/**
 * An officer sends a 17.6 MB file (three pieces of at most 8 MB); the connection drops after the
 * first piece. They give up for now and come back later: the page is reloaded, the connection is
 * back, the same file is chosen again, and the upload goes on from the last piece. Returns the
 * one media document it became, checked byte for byte.
 */
/**
 * A signed-in admin's page, a WAV file of `seconds` on disk (as an officer picks it: the same
 * file again has the same size and date), and the methods of the tus requests the page sends.
 */
async function adminWithFile(seconds: number) {
  const token = await adminLogin()
  const context = await browser.newContext()
  await context.addCookies([{ name: 'payload-token', value: token, url: server().url }])
  const page = await context.newPage()
  const bytes = wav(seconds)
  const file = path.join(tempDir('siang-e2e-tus-'), `long-talk-${Date.now()}.wav`)
  fs.writeFileSync(file, bytes)
  const tus: string[] = []
  page.on('request', (r) => r.url().includes('/api/tus') && tus.push(r.method()))
  return { token, context, page, bytes, file, name: path.basename(file), tus }
}

const uploadLarge: Sender = {
  path: '/admin/upload-large',
  send: async (page, file) => {
    const form = page.locator('[data-testid="large-upload"]')
    await form.waitFor({ timeout: 60_000 })
    await form.locator('input[type="file"]').setInputFiles(file)
    await page.locator('[data-testid="large-upload-start"]').click()
  },
  progress: 'large-upload-progress',
  unfinished: 'large-upload-unfinished',
  finished: (page) =>
    page.locator('[data-testid="large-upload-done"]').waitFor({ timeout: 120_000 }),
}

const mediaNamed = async (name: string, token: string) =>
  (
    await api<{ docs: { id: number; alt: string; filesize: number }[] }>(
      `/api/media?where[filename][equals]=${name}&depth=0`,
      { token },
    )
  ).body.docs

async function dropReloadResume(sender: Sender) {
  const { token, context, page, bytes, file, name, tus } = await adminWithFile(1100)

  // The connection drops after the first piece: every later piece fails.
  let pieces = 0
  await page.route('**/api/tus/**', (route) =>
    route.request().method() === 'PATCH' && pieces++ >= 1 ? route.abort() : route.continue(),
  )
  await page.goto(`${server().url}${sender.path}`)
  await sender.send(page, file)
  // The first piece is through (45%); the second keeps failing and being retried.
  await page.waitForFunction(
    (testid) =>
      Number(
        /^(\d+)%/.exec(
          document.querySelector(`[data-testid="${testid}"]`)?.textContent ?? '',
        )?.[1] ?? 0,
      ) >= 45,
    sender.progress,
    { timeout: 60_000 },
  )
  await page.waitForTimeout(1500)
  expect(tus.filter((m) => m === 'POST')).toHaveLength(1)

  // The connection comes back only once the old page is gone: its client, still retrying,
  // would otherwise finish the upload on its own just before the reload.
  await page.reload()
  await page.unroute('**/api/tus/**')
  const unfinished = page.locator(`[data-testid="${sender.unfinished}"]`)
  await unfinished.waitFor({ timeout: 30_000 })
  expect(await unfinished.innerText()).toContain(name)
  tus.length = 0
  await sender.send(page, file)
  await sender.finished(page)
  // Resumed, not begun again: no new upload, and only the missing pieces sent.
  expect(tus.filter((m) => m === 'POST')).toHaveLength(0)
  expect(tus.filter((m) => m === 'PATCH').length).toBeLessThanOrEqual(2)

  const docs = await mediaNamed(name, token)
  expect(docs).toHaveLength(1)
  const stored = await fetch(`${server().url}/api/media/file/${name}`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(sha(new Uint8Array(await stored.arrayBuffer()))).toBe(sha(bytes))
  await context.close()
  return { doc: docs[0], bytes }
}

describe('resumable uploads in the admin, in Chromium', () => {
  it('survive a dropped connection and a reload, and end as one media file with the same bytes', async () => {
    await dropReloadResume(uploadLarge)
  }, 240_000)

  it("in the media form's own field: sent in pieces on save, going on after a drop and a reload, one document", async () => {
    const { doc, bytes } = await dropReloadResume({
      path: '/admin/collections/media/create',
      // Saving sends the file.
      send: async (page, file) => {
        const field = page.locator('[data-testid="resumable-upload"]')
        await field.waitFor({ timeout: 60_000 })
        await field.locator('input[type="file"]').setInputFiles(file)
        await page.locator('#field-alt').fill('A long talk, sent from the form')
        await page.locator('#action-save').click()
      },
      progress: 'resumable-progress',
      unfinished: 'resumable-unfinished',
      // Saved: the admin moves on to the new document.
      finished: (page) => page.waitForURL(/\/admin\/collections\/media\/\d+/, { timeout: 120_000 }),
    })
    expect(doc).toMatchObject({ alt: 'A long talk, sent from the form', filesize: bytes.length })
  }, 240_000)

  it('learn that the file is in when the answer to its last piece was lost, and send nothing again', async () => {
    // 9.6 MB: two pieces.
    const { token, context, page, file, name, tus } = await adminWithFile(600)
    let pieces = 0
    await page.route('**/api/tus/**', async (route) => {
      if (route.request().method() === 'PATCH' && ++pieces === 2) {
        // The last piece reaches the server, which makes the document, but the answer is lost.
        await route.fetch()
        return route.abort()
      }
      return route.continue()
    })
    await page.goto(`${server().url}${uploadLarge.path}`)
    await uploadLarge.send(page, file)
    await uploadLarge.finished(page)
    // The client asked where to go on from, and heard that the upload is complete.
    expect(tus.filter((m) => m === 'POST')).toHaveLength(1)
    expect(tus.filter((m) => m === 'PATCH')).toHaveLength(2)
    expect(tus).toContain('HEAD')
    const docs = await mediaNamed(name, token)
    expect(docs).toHaveLength(1)
    // The link opens the document it became.
    expect(await page.locator('[data-testid="large-upload-done"] a').getAttribute('href')).toBe(
      `/admin/collections/media/${docs[0].id}`,
    )
    await context.close()
  }, 180_000)
})
