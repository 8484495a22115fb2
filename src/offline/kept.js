/* What the visitor keeps on purpose, for the service worker (src/offline/worker.js, which this
   file follows inside one function: see worker.ts). The page script (src/site/assets/keep.js)
   keeps a page, its files and an index entry in KEPT; this file keeps them right afterwards:
   - a kept page that changed on the server is kept in its new version when next seen online,
     as long as it plays the same files (a new file would cost data the visitor did not choose
     to spend: the page is kept as it was, with the files it plays);
   - a kept page the server no longer has (404, 410) is removed, with its files;
   - "remove" on the kept page asks this worker, which removes the entry and its files (the
     script and fonts other kept pages still name stay). */
/* global self, caches, URL */

const KEPT_INDEX = '/kept-index/'
const keptEntry = (page) => `${KEPT_INDEX}${encodeURIComponent(page)}`

/* An index entry, or an empty one (gone meanwhile, or unreadable). */
const readEntry = async (res) => (res ? res.json().catch(() => ({})) : {})

/* Every index entry's files but `except`'s. */
async function filesStillKept(cache, except) {
  const still = new Set()
  for (const request of await cache.keys()) {
    if (!new URL(request.url).pathname.startsWith(KEPT_INDEX)) continue
    if (request.url === new URL(keptEntry(except), self.location.href).href) continue
    const entry = await readEntry(await cache.match(request))
    for (const file of entry.files || []) still.add(new URL(file, self.location.href).href)
  }
  return still
}

/* Removes a kept page, its entry and its files, from the played cache too. */
async function unkeep(page) {
  const cache = await caches.open(KEPT)
  const hit = await cache.match(keptEntry(page))
  if (!hit) return
  const { files = [] } = await readEntry(hit)
  const still = await filesStillKept(cache, page)
  await cache.delete(keptEntry(page))
  const played = await caches.open(PLAYED)
  for (const file of files) {
    const url = new URL(file, self.location.href).href
    if (still.has(url)) continue
    await cache.delete(url)
    await played.delete(url)
  }
}

/* The files a page plays and shows with it, as its keep button names them. */
function filesOf(html) {
  const named = []
  for (const m of html.matchAll(/data-keep(?:-extra)?="([^"]*)"/g))
    named.push(...m[1].replace(/&amp;/g, '&').split(' ').filter(Boolean))
  return named.map((file) => new URL(file, self.location.href).href)
}

/* A page seen online: a kept one is kept in its new version (when it plays the same files), or
   removed when it is gone. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- worker.js's page() calls it
async function refreshKept(url, res) {
  const cache = await caches.open(KEPT)
  const entry = await cache.match(keptEntry(url.pathname))
  if (!entry) return
  if (gone(res)) return unkeep(url.pathname)
  if (!keepable(res) || res.redirected) return
  const html = await res.text()
  const { files = [] } = await readEntry(entry)
  const kept = new Set(files.map((file) => new URL(file, self.location.href).href))
  if (!filesOf(html).every((file) => kept.has(file))) return
  // Removed meanwhile ("remove" on another tab): not kept again.
  if (!(await cache.match(keptEntry(url.pathname)))) return
  await cache.put(url.pathname, new Response(html, { status: res.status, headers: res.headers }))
}

self.addEventListener('message', (event) => {
  const page = event.data && event.data.unkeep
  if (event.origin !== self.location.origin || typeof page !== 'string') return
  const reply = (said) => event.ports[0] && event.ports[0].postMessage(said)
  event.waitUntil(
    unkeep(page).then(
      () => reply({ removed: page }),
      () => reply({ failed: page }),
    ),
  )
})
