/* Siang's service worker, served at /sw.js with its settings first (src/offline/worker.ts).
   Public pages only: the admin, the API, previews and embeds go straight to the network and are
   never kept. What it keeps, each in its own cache:
   - pages: network first; after a short wait the kept copy, and with no copy the offline page;
   - the site's fingerprinted files, icons, and the offline and kept pages: cache first (a new
     build has new names; those two pages are fetched again once a day while online);
   - pictures and captions seen: cache first, up to a budget;
   - sound and video played, when small: kept whole as played, so they play (and seek) offline;
   - what the visitor keeps on purpose (siang-kept, written by the page script, with the page's
     own script and fonts): never removed by the worker, and found for any address it holds.
   Pages and files belong to one build: a new worker removes the old build's caches. */
/* global self, caches, fetch, Blob, Headers, Response, URL */
;(() => {
  const { version, precache, offlinePages } = self.siangWorker
  const PAGES = `siang-pages-${version}`
  const FILES = `siang-files-${version}`
  const PICTURES = 'siang-pictures'
  const PLAYED = 'siang-played'
  const KEPT = 'siang-kept'
  /* Caches of earlier builds with these prefixes go; the rest outlive a deploy. */
  const BUILD_PREFIXES = ['siang-pages-', 'siang-files-']

  /* How long a page may take before the kept copy is shown instead. */
  const PAGE_WAIT_MS = 3500
  /* How much longer, with no kept copy, before the offline page (and its hotlines) shows. */
  const PAGE_GIVE_UP_MS = 12000
  const MAX_PAGES = 60
  const MAX_PICTURES = 120
  /* Played sound and video are kept whole up to this size each, and this much in all. */
  const PLAYED_FILE_MAX = 8 * 1024 * 1024
  const PLAYED_TOTAL_MAX = 40 * 1024 * 1024
  const SIZE_HEADER = 'X-Siang-Size'

  const LOCALES = ['lo', 'en']
  const localeOf = (url) => {
    const first = url.pathname.split('/')[1]
    return LOCALES.includes(first) ? first : 'lo'
  }

  const isPage = (url) => LOCALES.includes(url.pathname.split('/')[1])

  /* Addresses the worker never answers: they go to the network as if it were not there. */
  const untouched = (url) =>
    /^\/(admin|api|preview|embed|_next|sw\.js)(\/|$)/.test(url.pathname) &&
    !url.pathname.startsWith('/api/media/file/')

  self.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        // The offline and kept pages in the languages of the pages open now (the other
        // language's come with a visit to it); both when none is open.
        const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
        const langs = open.map((c) => localeOf(new URL(c.url))).filter((l) => l)
        const pages = offlinePages.filter(
          (p) => !langs.length || langs.includes(localeOf(new URL(p, self.location.href))),
        )
        const files = await caches.open(FILES)
        await files.addAll([...precache, ...pages])
        await self.skipWaiting()
      })(),
    )
  })

  self.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        for (const name of await caches.keys()) {
          const ours = BUILD_PREFIXES.some((p) => name.startsWith(p))
          if (ours && name !== PAGES && name !== FILES) await caches.delete(name)
        }
        await self.clients.claim()
        // The page the visitor arrived on came before the worker: kept now, as later ones are
        // (the browser's own cache answers most of this).
        const pages = await caches.open(PAGES)
        for (const client of await self.clients.matchAll({ type: 'window' })) {
          const url = new URL(client.url)
          if (url.origin !== self.location.origin || !isPage(url) || unkept(url)) continue
          const res = await fetch(url.href).catch(() => null)
          if (res && keepable(res) && !res.redirected) await pages.put(url.href, res)
        }
      })(),
    )
  })

  /* Oldest first out, past `max` entries. */
  async function trim(cache, max) {
    const keys = await cache.keys()
    for (const key of keys.slice(0, Math.max(0, keys.length - max))) await cache.delete(key)
  }

  const keepable = (res) =>
    res.ok &&
    res.type === 'basic' &&
    !/no-store|private/.test(res.headers.get('Cache-Control') || '')

  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

  /* The offline page names the hotlines: kept fresh to a day while the visitor is online. */
  const DAY_MS = 24 * 60 * 60 * 1000
  async function refreshOffline(locale) {
    const cache = await caches.open(FILES)
    for (const path of offlinePages.filter((p) => p.startsWith(`/${locale}/`))) {
      const kept = await cache.match(path)
      const at = kept ? Date.parse(kept.headers.get('Date') || '') : NaN
      if (!(Date.now() - at < DAY_MS)) await cache.add(path)
    }
  }

  /* Pages never kept: the help pages. Someone checking the phone must not find, on the offline
     page or in its caches, that the visitor looked for help. */
  const unkept = (url) => /^\/[a-z]+\/help(\/|$)/.test(url.pathname)

  /* The page's own copy first, then one kept on purpose ("Keep on this phone"), then the pages
     kept at install (the offline and kept pages themselves). */
  const keptCopy = async (request) => {
    for (const cacheName of [PAGES, KEPT, FILES]) {
      const hit = await caches.match(request, { cacheName, ignoreVary: true })
      if (hit) return hit
    }
    return undefined
  }

  /* A page that no longer exists is no longer kept. */
  const gone = (res) => res.status === 404 || res.status === 410

  function page(event) {
    const request = event.request
    const url = new URL(request.url)
    // Started and held at once: the worker stays alive to store the answer even when the kept
    // copy was shown first (a slow line), and to refresh the offline pages after it.
    const network = fetch(request).then(async (res) => {
      const cache = await caches.open(PAGES)
      if (keepable(res) && !res.redirected && !unkept(url)) {
        await cache.put(request, res.clone())
        await trim(cache, MAX_PAGES)
        await refreshOffline(localeOf(url)).catch(() => {})
      } else if (gone(res)) {
        await cache.delete(request)
      }
      return res
    })
    event.waitUntil(network.catch(() => {}))
    const offline = async () =>
      (await keptCopy(request)) ||
      (await caches.match(`/${localeOf(url)}/offline`, { cacheName: FILES })) ||
      (await caches.match(`/${LOCALES.find((l) => l !== localeOf(url))}/offline`, {
        cacheName: FILES,
      })) ||
      new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain' } })
    return (async () => {
      try {
        return await Promise.race([
          network,
          // After a short wait the kept copy; with none, the network a while longer, then the
          // offline page (a line with signal but no data can hang for minutes).
          wait(PAGE_WAIT_MS).then(
            async () =>
              (await keptCopy(request)) ||
              Promise.race([network, wait(PAGE_GIVE_UP_MS).then(offline)]),
          ),
        ])
      } catch {
        return offline()
      }
    })()
  }

  async function cacheFirst(request, name, max) {
    const cache = await caches.open(name)
    // Kept with a page (captions, a poster) or seen before.
    const hit = await caches.match(request)
    if (hit) return hit
    const res = await fetch(request)
    if (keepable(res)) {
      await cache.put(request, res.clone())
      if (max) await trim(cache, max)
    }
    return res
  }

  /* A part of a kept file, as the browser asked for it (sound and video ask for ranges). */
  async function ranged(res, range) {
    if (!range) return res
    const blob = await res.blob()
    const size = blob.size
    const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim())
    let start = m && m[1] !== '' ? Number(m[1]) : NaN
    let end = m && m[2] !== '' ? Number(m[2]) : size - 1
    if (m && m[1] === '' && m[2] !== '') {
      start = Math.max(0, size - Number(m[2]))
      end = size - 1
    }
    end = Math.min(end, size - 1)
    if (!(start >= 0) || start > end)
      return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${size}` } })
    return new Response(blob.slice(start, end + 1), {
      status: 206,
      headers: {
        'Content-Type': res.headers.get('Content-Type') || 'application/octet-stream',
        'Content-Range': `bytes ${start}-${end}/${size}`,
        'Content-Length': String(end - start + 1),
        'Accept-Ranges': 'bytes',
      },
    })
  }

  /* Keeps a played file whole once it has all come, with its size noted; the oldest go past the
     total. A file that came short is not kept. */
  async function keepPlayed(url, headers, body, total) {
    const chunks = []
    let size = 0
    const reader = body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      size += value.byteLength
    }
    if (size !== total) return
    const kept = new Headers(headers)
    kept.set(SIZE_HEADER, String(size))
    kept.set('Content-Length', String(size))
    const cache = await caches.open(PLAYED)
    await cache.put(url, new Response(new Blob(chunks), { status: 200, headers: kept }))
    const sizes = []
    let all = 0
    for (const key of await cache.keys()) {
      const hit = await cache.match(key)
      const one = Number((hit && hit.headers.get(SIZE_HEADER)) || 0)
      sizes.push([key, one])
      all += one
    }
    for (const [key, one] of sizes) {
      if (all <= PLAYED_TOTAL_MAX || key.url === url) break
      await cache.delete(key)
      all -= one
    }
  }

  /* Sound and video: from a kept copy when there is one (any range, so seeking works offline).
     Otherwise a small file's first request is answered from one whole download, streamed to the
     player as it comes and kept once complete: no byte is fetched twice. */
  async function played(event) {
    const request = event.request
    const url = request.url
    const range = (request.headers.get('Range') || '').trim()
    const hit = await caches.match(url, { ignoreVary: true })
    if (hit) return ranged(hit, range)
    if (range && range !== 'bytes=0-') return fetch(request)
    let total = 0
    try {
      const probe = await fetch(url, { headers: { Range: 'bytes=0-0' } })
      if (probe.status === 206)
        total = Number((probe.headers.get('Content-Range') || '').split('/')[1])
    } catch {
      return fetch(request)
    }
    if (!(total > 0 && total <= PLAYED_FILE_MAX)) return fetch(request)
    const res = await fetch(url)
    if (!keepable(res) || !res.body) return res
    const [toPlayer, toCache] = res.body.tee()
    event.waitUntil(keepPlayed(url, res.headers, toCache, total).catch(() => {}))
    const headers = {
      'Content-Type': res.headers.get('Content-Type') || 'application/octet-stream',
      'Content-Length': String(total),
      'Accept-Ranges': 'bytes',
    }
    if (range) headers['Content-Range'] = `bytes 0-${total - 1}/${total}`
    return new Response(toPlayer, { status: range ? 206 : 200, headers })
  }

  self.addEventListener('fetch', (event) => {
    const request = event.request
    if (request.method !== 'GET') return
    const url = new URL(request.url)
    if (url.origin !== self.location.origin || untouched(url)) return
    if (request.mode === 'navigate') {
      if (isPage(url)) event.respondWith(page(event))
      return
    }
    if (/^\/(assets|icons|manifest)\//.test(url.pathname) || url.pathname === '/icon.svg') {
      event.respondWith(cacheFirst(request, FILES))
      return
    }
    if (request.destination === 'audio' || request.destination === 'video') {
      event.respondWith(played(event))
      return
    }
    if (request.destination === 'image' || request.destination === 'track') {
      event.respondWith(cacheFirst(request, PICTURES, MAX_PICTURES))
    }
  })
})()
