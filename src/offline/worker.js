/* Siang's service worker, served at /sw.js with its settings first (src/offline/worker.ts).
   Public pages only: the admin, the API, previews and embeds go straight to the network and are
   never kept. What it keeps, each in its own cache:
   - pages: network first; after a short wait the kept copy, and with no copy the offline page;
   - the site's fingerprinted files, and the offline and kept pages: cache first (a new build
     has new names; those two pages are fetched again once a day while online);
   - pictures, captions, icons and manifests seen: the copy held at once, refreshed from the
     network for next time; pictures up to a budget in bytes;
   - sound and video played, when small: kept whole as played (src/offline/played.js);
   - what the visitor keeps on purpose (siang-kept, written by the page script, with the page's
     own script and fonts): never removed by the worker, and found for any address it holds.
   Pages and files belong to one build: a new worker removes the old build's caches. */
/* global self, caches, fetch, Headers, Promise, Response, URL */
const { version, precache, offlinePages } = self.siangWorker
const PAGES = `siang-pages-${version}`
const FILES = `siang-files-${version}`
const PICTURES = 'siang-pictures'
const KEPT = 'siang-kept'
/* Caches of earlier builds with these prefixes go; the rest outlive a deploy. */
const BUILD_PREFIXES = ['siang-pages-', 'siang-files-']

/* How long a page may take before the kept copy is shown instead. */
const PAGE_WAIT_MS = 3500
/* How much longer, with no kept copy, before the offline page (and its hotlines) shows. */
const PAGE_GIVE_UP_MS = 12000
const MAX_PAGES = 60
const PICTURES_MAX = 20 * 1024 * 1024
/* Where a kept file's size is noted, for the budgets. */
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
      await files.addAll(precache)
      // A page that fails now (a server error) comes with a later visit: the worker installs.
      await Promise.allSettled(pages.map((p) => files.add(p)))
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

/* Stores an answer with its size noted, then removes the oldest past `budget` bytes in all
   (never the one just stored). */
async function putSized(cache, key, res, budget) {
  const body = await res.blob()
  const headers = new Headers(res.headers)
  headers.set(SIZE_HEADER, String(body.size))
  headers.set('Content-Length', String(body.size))
  const url = new URL(typeof key === 'string' ? key : key.url, self.location.href).href
  await cache.put(url, new Response(body, { status: res.status, headers }))
  const sizes = []
  let all = 0
  for (const request of await cache.keys()) {
    const held = await cache.match(request)
    const size = Number((held && held.headers.get(SIZE_HEADER)) || 0)
    sizes.push([request.url, size])
    all += size
  }
  for (const [held, size] of sizes) {
    if (all <= budget) break
    if (held === url) continue
    await cache.delete(held)
    all -= size
  }
}

const keepable = (res) =>
  res.ok && res.type === 'basic' && !/no-store|private/.test(res.headers.get('Cache-Control') || '')

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
    await refreshKept(url, res).catch(() => {})
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

/* The site's fingerprinted files: a new build has new names, so what is held stays right. */
async function cacheFirst(request) {
  const hit = await caches.match(request)
  if (hit) return hit
  const res = await fetch(request)
  if (keepable(res)) await (await caches.open(FILES)).put(request, res.clone())
  return res
}

/* Pictures, captions, icons and manifests: the copy held answers at once, and the network's
   answer replaces it for next time (through the browser's own cache, so mostly a 304 or
   nothing). One kept on purpose is refreshed where it is; one gone from the server goes,
   unless kept on purpose. */
function refreshed(event, name, budget) {
  const request = event.request
  return (async () => {
    let held
    for (const cacheName of [KEPT, name]) {
      const res = await caches.match(request, { cacheName, ignoreVary: true })
      if (res) {
        held = { cacheName, res }
        break
      }
    }
    const update = fetch(request).then(async (res) => {
      const into = held ? held.cacheName : name
      const cache = await caches.open(into)
      if (keepable(res) && res.status === 200) {
        if (budget && into !== KEPT) await putSized(cache, request, res.clone(), budget)
        else await cache.put(request, res.clone())
      } else if (gone(res) && held && into !== KEPT) await cache.delete(request)
      return res
    })
    if (!held) return update
    event.waitUntil(update.catch(() => {}))
    return held.res
  })()
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
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request))
    return
  }
  if (/^\/(icons|manifest)\//.test(url.pathname) || url.pathname === '/icon.svg') {
    event.respondWith(refreshed(event, FILES))
    return
  }
  if (request.destination === 'audio' || request.destination === 'video') {
    event.respondWith(played(event))
    return
  }
  if (request.destination === 'image' || request.destination === 'track') {
    event.respondWith(refreshed(event, PICTURES, PICTURES_MAX))
  }
})
