/**
 * Offline and installable, in Chromium at 360 px, in Lao: the manifest and Chromium's own
 * installability check, the service worker's pages and played sound with no connection, the
 * offline page, a changed page once back online, and the admin never answered from a cache.
 * Each test has a browser context of its own, so each starts with no worker and no cache. What a
 * slow or dataless line, two tabs, and kept pages changed on the server do: offline-lines.test.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import sharp from 'sharp'
import { totals, totalsReach, type CountedItem } from '../helpers/counts'
import { adminLogin, api, server } from '../helpers/http'
import { launchPersistentChromium } from './browser'
import { cachedAddresses, offlinePhones, openControlled, until } from './offlinePhone'

const { phone, context: current } = offlinePhones()

describe('installable', () => {
  it('has a valid manifest in each language, its icons, and passes Chromium’s installability check', async () => {
    type Manifest = {
      name: string
      short_name: string
      lang: string
      start_url: string
      scope: string
      display: string
      icons: { src: string; sizes: string; type: string; purpose: string }[]
    }
    const lo = await api<Manifest>('/manifest/lo.webmanifest')
    expect(lo.headers.get('content-type')).toMatch(/^application\/manifest\+json/)
    expect(lo.body).toMatchObject({
      short_name: 'ສຽງ',
      lang: 'lo',
      start_url: '/lo',
      scope: '/',
      display: 'standalone',
    })
    expect(lo.body.name).toContain('ຮ່ວມກັນຕ້ານການຄ້າມະນຸດ')
    const en = await api<Manifest>('/manifest/en.webmanifest')
    expect(en.body).toMatchObject({ short_name: 'Siang', lang: 'en', start_url: '/en' })
    expect((await api('/manifest/fr.webmanifest')).status).toBe(404)
    // Each icon is a PNG of the size it claims; one is maskable.
    for (const icon of lo.body.icons) {
      const res = await fetch(`${server().url}${icon.src}`)
      expect(res.headers.get('content-type')).toBe('image/png')
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata()
      expect(`${meta.width}x${meta.height}`).toBe(icon.sizes)
    }
    expect(lo.body.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ])

    // A profile of its own: Chromium installs nothing from an incognito one, as tests' are.
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-install-'))
    const installed = await launchPersistentChromium(profile)
    try {
      const page = await installed.newPage()
      await openControlled(page, '/lo')
      expect(await page.getAttribute('link[rel=manifest]', 'href')).toBe('/manifest/lo.webmanifest')
      const cdp = await installed.newCDPSession(page)
      const manifest = await cdp.send('Page.getAppManifest')
      expect(manifest.errors).toEqual([])
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
      expect(installabilityErrors).toEqual([])
    } finally {
      await installed.close()
      fs.rmSync(profile, { recursive: true, force: true })
    }
  }, 60_000)
})

describe('offline', () => {
  it('shows a visited song with no connection, and plays what was played, seeking too', async () => {
    const page = await phone()
    // What the worker itself asks the network for.
    const fetched: string[] = []
    current().on('request', (r) => {
      if (r.serviceWorker()) fetched.push(`${r.headers().range ?? ''} ${new URL(r.url()).pathname}`)
    })
    await openControlled(page, '/lo')
    await page.goto(`${server().url}/lo/songs/call-1300`, { waitUntil: 'load' })
    // Played once while online: the worker keeps the (small) file as it plays.
    const src = await page.locator('audio').evaluate(async (el: HTMLAudioElement) => {
      el.muted = true
      await el.play()
      await new Promise((r) => setTimeout(r, 800))
      el.pause()
      return el.currentSrc
    })
    await until(page, async (file) => Boolean(await caches.match(file)), new URL(src).pathname)
    // One download, whatever ranges the player asked for: nothing fetched twice, no probe.
    expect(fetched.filter((f) => f.endsWith(new URL(src).pathname))).toEqual([
      `bytes=0- ${new URL(src).pathname}`,
    ])

    await current().setOffline(true)
    await page.reload({ waitUntil: 'load' })
    expect(await page.innerText('h1')).toBe('ໂທ 1300')
    const played = await page.locator('audio').evaluate(async (el: HTMLAudioElement) => {
      el.muted = true
      await el.play()
      await new Promise((r) => setTimeout(r, 800))
      const from = el.currentTime
      el.currentTime = el.duration / 2
      await new Promise((r) => el.addEventListener('seeked', r, { once: true }))
      await new Promise((r) => setTimeout(r, 500))
      el.pause()
      return { from, at: el.currentTime, half: el.duration / 2, error: el.error?.code ?? null }
    })
    expect(played.error).toBeNull()
    expect(played.from).toBeGreaterThan(0.2)
    expect(played.at).toBeGreaterThanOrEqual(played.half)
    // The home page was seen too: it opens offline.
    await page.goto(`${server().url}/lo`, { waitUntil: 'load' })
    expect(await page.locator('.top-bar #quick-exit').count()).toBe(1)
  }, 90_000)

  it('shows the offline page, in Lao, with the hotline and what is kept, for a page never seen', async () => {
    const page = await phone()
    await openControlled(page, '/lo/songs/call-1300')
    await current().setOffline(true)
    const res = await page.goto(`${server().url}/lo/news`, { waitUntil: 'load' })
    expect(res?.status()).toBe(200)
    expect(await page.innerText('h1')).toBe('ບໍ່ມີສັນຍານອິນເຕີເນັດ')
    const calls = await page.locator('.offline-page a[href^="tel:"]').count()
    expect(calls).toBeGreaterThan(0)
    // The kept pages are listed, by title; the retry is this same address.
    await page.waitForSelector('.offline-kept:not([hidden]) li')
    expect(await page.locator('[data-offline-kept] a').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('ໂທ 1300')]),
    )
    await current().setOffline(false)
    await Promise.all([page.waitForURL(`${server().url}/lo/news`), page.click('.retry')])
    expect(await page.innerText('h1')).not.toBe('ບໍ່ມີສັນຍານອິນເຕີເນັດ')
  }, 60_000)

  it('shows a page changed on the server in its new version once back online', async () => {
    const admin = await adminLogin()
    const made = await api<{ doc: { id: number; slug: string } }>('/api/news', {
      method: 'POST',
      token: admin,
      // Lao words: its counted view leaves a slug in the reach page, which the Lao walk reads.
      body: { title: `ກ່ອນປ່ຽນ ${Date.now()}`, _status: 'published' },
    })
    expect(made.status).toBe(201)
    const path = `/en/news/${made.body.doc.slug}`
    try {
      const page = await phone()
      await openControlled(page, '/en')
      await page.goto(`${server().url}${path}`, { waitUntil: 'load' })
      await current().setOffline(true)
      await page.reload({ waitUntil: 'load' })
      expect(await page.innerText('h1')).toMatch(/^ກ່ອນປ່ຽນ/)
      await current().setOffline(false)
      const changed = await api(`/api/news/${made.body.doc.id}`, {
        method: 'PATCH',
        token: admin,
        body: { title: 'ຫຼັງປ່ຽນແລ້ວ' },
      })
      expect(changed.status).toBe(200)
      await page.reload({ waitUntil: 'load' })
      expect(await page.innerText('h1')).toBe('ຫຼັງປ່ຽນແລ້ວ')
    } finally {
      await api(`/api/news/${made.body.doc.id}`, { method: 'DELETE', token: admin })
    }
  }, 60_000)

  it('keeps an episode on purpose, plays it offline from the middle with its captions, and removes it', async () => {
    const episode = '/lo/dramas/the-job-offer/the-job-offer-1'
    const page = await phone()
    await openControlled(page, episode)
    // The size is shown before keeping.
    const offer = page.locator('.keep:not([hidden])')
    expect(await offer.locator('.meta').innerText()).toMatch(/\d+(\.\d)? (KB|MB)$/)
    await offer.locator('button').click()
    await page.waitForFunction(
      () => document.querySelector('button[data-keep]')?.textContent === 'ເກັບໄວ້ແລ້ວ: ລຶບອອກ',
    )
    const kept = (await cachedAddresses(page))['siang-kept']
    const media = (await page.getAttribute('button[data-keep]', 'data-keep'))!
    expect(kept).toEqual(expect.arrayContaining([episode, media]))
    expect(kept.filter((a) => a.endsWith('.vtt'))).toHaveLength(2)

    const title = await page.innerText('h1')
    await current().setOffline(true)
    await page.reload({ waitUntil: 'load' })
    const played = await page.locator('video').evaluate(async (el: HTMLVideoElement) => {
      el.muted = true
      await el.play()
      await new Promise((r) => setTimeout(r, 500))
      el.currentTime = el.duration / 2
      await new Promise((r) => el.addEventListener('seeked', r, { once: true }))
      await new Promise((r) => setTimeout(r, 800))
      el.pause()
      const lo = Array.from(el.textTracks).find((t) => t.language === 'lo')!
      return {
        src: new URL(el.currentSrc).pathname,
        at: el.currentTime,
        half: el.duration / 2,
        captions: { mode: lo.mode, cues: lo.cues?.length ?? 0 },
        error: el.error?.code ?? null,
      }
    })
    expect(played).toMatchObject({ src: media, error: null, captions: { mode: 'showing' } })
    expect(played.captions.cues).toBeGreaterThan(0)
    expect(played.at).toBeGreaterThanOrEqual(played.half)

    // The kept page works offline too: the item, its size, the total, and a way to remove it.
    await page.goto(`${server().url}/lo/kept`, { waitUntil: 'load' })
    await page.waitForSelector('.kept-list li')
    expect(await page.locator('.kept-list li a').allInnerTexts()).toEqual([title])
    expect(await page.innerText('.kept-total')).toMatch(/^ລວມທັງໝົດ: \d+\.\d MB$/)
    await page.click('.kept-list li button')
    await page.waitForSelector('.kept-none')
    expect(await page.innerText('.kept-none')).toContain('ຍັງບໍ່ມີຫຍັງເກັບໄວ້')
    expect(await page.locator('.kept-list, .kept-total').count()).toBe(0)
    const after = await cachedAddresses(page)
    const everywhere = Object.values(after).flat()
    expect(everywhere).not.toContain(media)
    expect(after['siang-kept'] ?? []).not.toContain(episode)
    expect((after['siang-kept'] ?? []).filter((a) => a.endsWith('.vtt'))).toEqual([])
  }, 90_000)

  it('warns before keeping past the space set aside, and keeps nothing if told not to', async () => {
    const page = await phone()
    // A phone with almost no room left.
    await page.addInitScript(() => {
      Object.defineProperty(navigator.storage, 'estimate', {
        value: async () => ({ usage: 900, quota: 1000 }),
      })
    })
    await openControlled(page, '/lo/songs/call-1300')
    const asked: string[] = []
    page.on('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.dismiss()
    })
    await page.locator('.keep:not([hidden]) button').click()
    for (let i = 0; i < 50 && asked.length === 0; i++) await page.waitForTimeout(100)
    expect(asked).toEqual([expect.stringContaining('ໃກ້ເຕັມແລ້ວ')])
    expect((await cachedAddresses(page))['siang-kept'] ?? []).toEqual([])
    expect(await page.innerText('button[data-keep]')).toBe('ເກັບໄວ້ໃນໂທລະສັບນີ້')
  }, 60_000)

  it('counts a view made offline once, after the connection is back', async () => {
    const admin = await adminLogin()
    const song: CountedItem = { type: 'songs', slug: 'call-1300' }
    const before = await totals(admin, song)
    const viewsReach = (views: number) => totalsReach(admin, song, { views })
    const page = await phone()
    await openControlled(page, '/lo/songs/call-1300')
    await viewsReach(before.views + 1)
    await current().setOffline(true)
    await page.reload({ waitUntil: 'load' })
    await page.waitForFunction(() => localStorage.getItem('siang:counts') !== null)
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('siang:counts')))!)).toEqual([
      { type: 'songs', slug: 'call-1300', event: 'view', source: 'site' },
    ])
    await current().setOffline(false)
    await viewsReach(before.views + 2)
    expect(await page.evaluate(() => localStorage.getItem('siang:counts'))).toBeNull()
    // Once: nothing more arrives.
    await page.waitForTimeout(1_500)
    expect((await totals(admin, song)).views).toBe(before.views + 2)
  }, 60_000)

  it('is replaced by a new deploy’s worker, which takes over and drops the old build’s caches', async () => {
    const page = await phone()
    // The build before this one: the same worker under another version, as a deploy leaves it.
    const served = await (await fetch(`${server().url}/sw.js`)).text()
    const version = /"version":"([^"]+)"/.exec(served)![1]
    const older = served.replaceAll(version, 'the-build-before')
    await current().route('**/sw.js', (route) =>
      route.fulfill({ body: older, contentType: 'text/javascript' }),
    )
    await openControlled(page, '/lo/songs/call-1300')
    await page.goto(`${server().url}/lo`, { waitUntil: 'load' })
    const before = Object.keys(await cachedAddresses(page))
    expect(before).toEqual(
      expect.arrayContaining(['siang-pages-the-build-before', 'siang-files-the-build-before']),
    )
    // Something kept on purpose outlives the deploy.
    await page.evaluate(async () => {
      const kept = await caches.open('siang-kept')
      await kept.put('/kept-index/test', new Response('{}'))
    })

    await current().unroute('**/sw.js')
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration!.update()
    })
    await until(page, async (v) => (await caches.keys()).includes(`siang-pages-${v}`), version)
    await until(
      page,
      async (old) => !(await caches.keys()).some((n) => n.endsWith(old)),
      'the-build-before',
    )
    const after = await cachedAddresses(page)
    expect(Object.keys(after)).toEqual(
      expect.arrayContaining([`siang-pages-${version}`, `siang-files-${version}`, 'siang-kept']),
    )
    expect(after['siang-kept']).toContain('/kept-index/test')
    // The new worker controls the page and answers it.
    await page.reload({ waitUntil: 'load' })
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated')
    expect(await page.locator('#quick-exit').count()).toBe(1)
  }, 60_000)

  it('never answers the admin or the API from a cache, and never keeps the help pages or searches', async () => {
    const page = await phone()
    await openControlled(page, '/lo')
    await page.goto(`${server().url}/admin/login`, { waitUntil: 'load' })
    // The help pages are not kept either: no cache, and so no offline list, says help was sought.
    await page.goto(`${server().url}/lo/help`, { waitUntil: 'load' })
    await page.goto(`${server().url}/lo/help/services?province=LA-SV`, { waitUntil: 'load' })
    // Nor what was searched for.
    await page.goto(`${server().url}/lo/search?q=${encodeURIComponent('ສາຍດ່ວນ')}`, {
      waitUntil: 'load',
    })
    await page.goto(`${server().url}/lo/songs/call-1300`, { waitUntil: 'load' })
    const held = Object.values(await cachedAddresses(page)).flat()
    expect(held).toContain('/lo/songs/call-1300')
    expect(held.filter((a) => a.includes('/help') || a.includes('/search'))).toEqual([])
    expect(
      held.filter((a) => /^\/(admin|api)\//.test(a) && !a.startsWith('/api/media/file/')),
    ).toEqual([])
    await current().setOffline(true)
    await expect(page.goto(`${server().url}/admin/login`)).rejects.toThrow(
      /ERR_INTERNET_DISCONNECTED/,
    )
    await expect(
      page.evaluate(async () => (await fetch('/api/songs?limit=1')).status),
    ).rejects.toThrow()
  }, 60_000)
})
