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

/* Pages never kept: the help pages and searches. Someone checking the phone must not find, on
   the offline page or in its caches, that the visitor looked for help or what they searched
   for. (Those pages also say no-store, which keepable() reads; this holds whatever they say.) */
const unkept = (url) => /^\/[a-z]+\/(help|search)(\/|$)/.test(url.pathname)

/* Whether a request comes from a page never kept: its pictures are not kept either. */
async function fromUnkeptPage(event) {
  const client = event.clientId && (await self.clients.get(event.clientId))
  return Boolean(client && unkept(new URL(client.url)))
}

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

/* Stores a page as it streams to the visitor (a copy of its body), and does what follows from
   it: the kept copy refreshed or removed, the oldest pages out, the offline pages refreshed. */
async function storePage(url, request, forPages, forKept) {
  await refreshKept(url, forKept).catch(() => {})
  const cache = await caches.open(PAGES)
  if (keepable(forPages) && !forPages.redirected && !unkept(url)) {
    await cache.put(request, forPages)
    await trim(cache, MAX_PAGES)
    await refreshOffline(localeOf(url)).catch(() => {})
  } else if (gone(forPages)) {
    await cache.delete(request)
  }
}

function page(event) {
  const request = event.request
  const url = new URL(request.url)
  const network = fetch(request)
  // The copies are taken before the page goes to the visitor, who gets it as it comes; storing
  // is held apart, so the worker stays alive for it even when the kept copy was shown first.
  event.waitUntil(
    network.then((res) => storePage(url, request, res.clone(), res.clone())).catch(() => {}),
  )
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
async function cacheFirst(event) {
  const request = event.request
  const hit = await caches.match(request)
  if (hit) return hit
  const res = await fetch(request)
  if (keepable(res)) {
    const copy = res.clone()
    event.waitUntil(caches.open(FILES).then((files) => files.put(request, copy)))
  }
  return res
}

/* Where a picture, caption, icon or manifest is held: kept on purpose, or seen. */
async function heldCopy(request, name) {
  for (const cacheName of [KEPT, name]) {
    const res = await caches.match(request, { cacheName, ignoreVary: true })
    if (res) return { cacheName, res }
  }
  return undefined
}

/* The same file as held: the validators say so, and then nothing is written again. */
const sameAs = (res, held) => {
  const tag = res.headers.get('ETag') || res.headers.get('Last-Modified')
  return Boolean(tag && tag === (held.headers.get('ETag') || held.headers.get('Last-Modified')))
}

/* Pictures, captions, icons and manifests: the copy held answers at once, and the network's
   answer replaces it for next time (through the browser's own cache, so mostly nothing on the
   wire, and nothing written when it is the same file). One kept on purpose is refreshed where
   it is; one gone from the server goes, unless kept on purpose. What a help page shows is
   neither kept nor looked up. */
function refreshed(event, name, budget) {
  const request = event.request
  return (async () => {
    if (await fromUnkeptPage(event)) return fetch(request)
    const held = await heldCopy(request, name)
    const update = fetch(request).then((res) => {
      // The copy for the cache is taken before the answer goes anywhere, and stored apart.
      event.waitUntil(storeFile(request, res.clone(), held, name, budget).catch(() => {}))
      return res
    })
    if (!held) return update
    event.waitUntil(update.catch(() => {}))
    return held.res
  })()
}

async function storeFile(request, res, held, name, budget) {
  const into = held ? held.cacheName : name
  const cache = await caches.open(into)
  if (keepable(res) && res.status === 200) {
    if (held && sameAs(res, held.res)) return
    if (budget && into !== KEPT) await putSized(cache, request, res, budget)
    else await cache.put(request, res)
  } else if (gone(res) && held && into !== KEPT) await cache.delete(request)
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
    event.respondWith(cacheFirst(event))
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
