/**
 * Offline on the lines a phone outside the towns really has, in Chromium at 360 px, in Lao: a
 * slow line, a line with signal but no data, two tabs coming back online together, and pages kept
 * on purpose that change or go on the server. The requests the worker makes go through the
 * context's routes, so a route plays the line.
 */
import { describe, expect, it } from '@jest/globals'
import { totals, totalsReach, type CountedItem } from '../helpers/counts'
import { adminLogin, api, server } from '../helpers/http'
import type { Page } from 'playwright-core'
import {
  cachedAddresses,
  eventually,
  heldPage,
  offlinePhones,
  openControlled,
  until,
} from './offlinePhone'

const { phone, context } = offlinePhones()
const OFFLINE_TITLE = 'ບໍ່ມີສັນຍານອິນເຕີເນັດ'
const song: CountedItem = { type: 'songs', slug: 'call-1300' }
const waiting = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('siang:counts') ?? 'null'))

/** A published news item with a Lao title (the Lao walk reads slugs left in the counts). */
async function news(admin: string, title: string) {
  const made = await api<{ doc: { id: number; slug: string } }>('/api/news', {
    method: 'POST',
    token: admin,
    body: { title, _status: 'published' },
  })
  expect(made.status).toBe(201)
  return made.body.doc
}

describe('a slow line', () => {
  it('shows the kept copy while the page is slow to come, and keeps the new one once it has', async () => {
    const admin = await adminLogin()
    const item = await news(admin, `ຊ້າ ${Date.now()}`)
    const path = `/lo/news/${item.slug}`
    try {
      const page = await phone()
      await openControlled(page, '/lo')
      await page.goto(`${server().url}${path}`, { waitUntil: 'load' })
      await until(page, async (p) => Boolean(await caches.match(p)), path)
      const changed = await api(`/api/news/${item.id}`, {
        method: 'PATCH',
        token: admin,
        body: { title: 'ຊ້າ ປ່ຽນແລ້ວ' },
      })
      expect(changed.status).toBe(200)
      // The page takes eight seconds to come.
      await context().route(`**${path}`, async (route) => {
        await new Promise((r) => setTimeout(r, 8_000))
        await route.continue().catch(() => {})
      })
      await page.reload({ waitUntil: 'load' })
      expect(await page.innerText('h1')).toMatch(/^ຊ້າ \d+$/)
      // It came in the end, and was kept: the next visit, with no connection, shows it.
      await eventually(
        async () => Boolean((await heldPage(page, 'siang-pages-', path))?.includes('ຊ້າ ປ່ຽນແລ້ວ')),
        'the new version kept',
      )
      await context().unroute(`**${path}`)
      await context().setOffline(true)
      await page.reload({ waitUntil: 'load' })
      expect(await page.innerText('h1')).toBe('ຊ້າ ປ່ຽນແລ້ວ')
    } finally {
      await api(`/api/news/${item.id}`, { method: 'DELETE', token: admin })
    }
  }, 90_000)
})

describe('a line with signal but no data', () => {
  it('shows the offline page for a page not kept, and keeps a count for the next page', async () => {
    const admin = await adminLogin()
    const before = await totals(admin, song)
    const page = await phone()
    await openControlled(page, '/lo')
    // The browser thinks it is online; requests hang, or fail after a while.
    await context().route('**/lo/news', () => {})
    await context().route('**/api/beacon', (route) => route.abort('internetdisconnected'))
    const shown = await page.goto(`${server().url}/lo/news`, { waitUntil: 'load', timeout: 40_000 })
    expect(shown?.status()).toBe(200)
    expect(await page.innerText('h1')).toBe(OFFLINE_TITLE)
    expect(await page.locator('.offline-page a[href^="tel:"]').count()).toBeGreaterThan(0)

    await page.goto(`${server().url}/lo/songs/call-1300`, { waitUntil: 'load' })
    await page.waitForFunction(() => localStorage.getItem('siang:counts') !== null)
    expect(await waiting(page)).toEqual([
      { type: 'songs', slug: 'call-1300', event: 'view', source: 'site' },
    ])
    expect((await totals(admin, song)).views).toBe(before.views)
    // Data again: the next page sends what waited, and its own view.
    await context().unroute('**/api/beacon')
    await page.reload({ waitUntil: 'load' })
    await totalsReach(admin, song, { views: before.views + 2 })
    expect(await waiting(page)).toBeNull()
  }, 90_000)
})

describe('two tabs', () => {
  it('sends each count made offline once when both come back online', async () => {
    const admin = await adminLogin()
    const before = await totals(admin, song)
    const page = await phone()
    await openControlled(page, '/lo/songs/call-1300')
    const other = await context().newPage()
    await other.goto(`${server().url}/lo/songs/call-1300`, { waitUntil: 'load' })
    await totalsReach(admin, song, { views: before.views + 2 })
    await context().setOffline(true)
    await page.reload({ waitUntil: 'load' })
    await other.reload({ waitUntil: 'load' })
    await page.waitForFunction(
      () => JSON.parse(localStorage.getItem('siang:counts') ?? '[]').length === 2,
    )
    // Both tabs hear "online" together; each count goes once.
    await context().setOffline(false)
    await totalsReach(admin, song, { views: before.views + 4 })
    await page.waitForTimeout(2_000)
    expect((await totals(admin, song)).views).toBe(before.views + 4)
    expect(await waiting(page)).toBeNull()
  }, 90_000)
})

describe('a page kept on purpose', () => {
  it('is kept in its new version when changed on the server (not when its file changed), and removed with its file when gone', async () => {
    const admin = await adminLogin()
    const found = await api<{ docs: { audio: number }[] }>(
      '/api/songs?depth=0&where[slug][equals]=call-1300',
      { token: admin },
    )
    const made = await api<{ doc: { id: number; slug: string } }>('/api/songs', {
      method: 'POST',
      token: admin,
      body: {
        title: `ເພງເກັບໄວ້ ${Date.now()}`,
        audio: found.body.docs[0].audio,
        _status: 'published',
      },
    })
    expect(made.status).toBe(201)
    const path = `/lo/songs/${made.body.doc.slug}`
    try {
      const page = await phone()
      await openControlled(page, path)
      await page.locator('.keep:not([hidden]) button').click()
      await page.waitForFunction(
        () => document.querySelector('button[data-keep]')?.textContent === 'ເກັບໄວ້ແລ້ວ: ລຶບອອກ',
      )
      const media = (await page.getAttribute('button[data-keep]', 'data-keep'))!
      expect((await cachedAddresses(page))['siang-kept']).toEqual(
        expect.arrayContaining([path, media]),
      )

      const changed = await api(`/api/songs/${made.body.doc.id}`, {
        method: 'PATCH',
        token: admin,
        body: { title: 'ເພງປ່ຽນແລ້ວ' },
      })
      expect(changed.status).toBe(200)
      await page.reload({ waitUntil: 'load' })
      expect(await page.innerText('h1')).toBe('ເພງປ່ຽນແລ້ວ')
      await eventually(
        async () => Boolean((await heldPage(page, 'siang-kept', path))?.includes('ເພງປ່ຽນແລ້ວ')),
        'the kept copy in its new version',
      )

      // A new file: the kept copy stays as it was, with the file it plays (nothing is fetched
      // that the visitor did not choose to keep).
      const other = await api<{ docs: { audio: number }[] }>(
        '/api/songs?depth=0&where[slug][equals]=too-good-to-be-true',
        { token: admin },
      )
      const refiled = await api(`/api/songs/${made.body.doc.id}`, {
        method: 'PATCH',
        token: admin,
        body: { title: 'ເພງໄຟລ໌ໃໝ່', audio: other.body.docs[0].audio },
      })
      expect(refiled.status).toBe(200)
      await page.reload({ waitUntil: 'load' })
      expect(await page.innerText('h1')).toBe('ເພງໄຟລ໌ໃໝ່')
      await eventually(
        async () => Boolean((await heldPage(page, 'siang-pages-', path))?.includes('ເພງໄຟລ໌ໃໝ່')),
        'the page itself seen in its new version',
      )
      const kept = await heldPage(page, 'siang-kept', path)
      expect(kept).toContain('ເພງປ່ຽນແລ້ວ')
      expect(kept).toContain(media)

      const unpublished = await api(`/api/songs/${made.body.doc.id}`, {
        method: 'PATCH',
        token: admin,
        body: { _status: 'draft' },
      })
      expect(unpublished.status).toBe(200)
      const gone = await page.reload({ waitUntil: 'load' })
      expect(gone?.status()).toBe(404)
      await eventually(async () => !(await heldPage(page, 'siang-kept', path)), 'removed')
      const after = await cachedAddresses(page)
      expect(after['siang-kept'] ?? []).toEqual([])
      expect(Object.values(after).flat()).not.toContain(media)
      expect(await heldPage(page, 'siang-pages-', path)).toBeNull()
    } finally {
      await api(`/api/songs/${made.body.doc.id}`, { method: 'DELETE', token: admin })
    }
  }, 90_000)
})
