/* Keeping for offline use, on the pages that offer it (players, the kept page, the offline
   page): loaded only there, beside the islands script. It needs the service worker
   (src/offline), which answers from what is kept here. Plain script, no framework. */
;(() => {
  if (!window.caches || !('serviceWorker' in navigator)) return
  const all = (selector) => Array.from(document.querySelectorAll(selector))

  /* "Keep on this phone": the page, its file, captions and poster, and the page's own script
     and fonts, in the kept cache (read by the service worker, src/offline), with an entry that
     says what was kept, for the kept page and for removing it. Asks for persistent storage, and
     warns before the space set aside would be passed. */
  const KEPT = 'siang-kept'
  const KEPT_INDEX = '/kept-index/'
  const KEEP_BUDGET = 300 * 1024 * 1024
  const keptEntry = (page) => `${KEPT_INDEX}${encodeURIComponent(page)}`

  async function keptItems() {
    const cache = await caches.open(KEPT)
    const items = []
    for (const request of await cache.keys()) {
      if (!new URL(request.url).pathname.startsWith(KEPT_INDEX)) continue
      items.push(await (await cache.match(request)).json())
    }
    return items.sort((a, b) => b.at - a.at)
  }

  async function roomFor(size) {
    const kept = (await keptItems()).reduce((sum, item) => sum + item.size, 0)
    const { usage = 0, quota = Infinity } = navigator.storage?.estimate
      ? await navigator.storage.estimate()
      : {}
    return kept + size <= KEEP_BUDGET && usage + size <= quota * 0.8
  }

  async function keep(button) {
    const say = button.dataset
    const page = location.pathname
    const size = Number(say.keepSize) || 0
    if (!(await roomFor(size)) && !window.confirm(say.sayWarn)) return
    navigator.storage?.persist?.().catch(() => {})
    button.disabled = true
    const own = all('script[src], link[rel=preload][as=font]').map((e) => e.src || e.href)
    const files = [page, say.keep, ...(say.keepExtra || '').split(' ').filter(Boolean), ...own]
    try {
      const cache = await caches.open(KEPT)
      await cache.addAll(files)
      const title = document.querySelector('h1')?.textContent || document.title
      const entry = { page, title, files, size, at: Date.now() }
      await cache.put(keptEntry(page), new Response(JSON.stringify(entry)))
      button.textContent = say.sayKept
    } catch {
      button.textContent = say.sayFailed
    } finally {
      button.disabled = false
    }
  }

  /* Removes a kept page and its files: the worker does it (src/offline/kept.js), as it does for
     a kept page the server no longer has. */
  async function unkeep(page) {
    const { active } = await navigator.serviceWorker.ready
    await new Promise((resolve, reject) => {
      const reply = new MessageChannel()
      // The worker answers at once; a worker stopped meanwhile may not, and the list says so.
      const late = setTimeout(() => reject(new Error('no answer')), 10000)
      reply.port1.onmessage = (e) => {
        clearTimeout(late)
        if (e.data && e.data.removed) resolve()
        else reject(new Error('not removed'))
      }
      active.postMessage({ unkeep: page }, [reply.port2])
    })
  }

  async function startKeep(button) {
    const kept = await caches.match(keptEntry(location.pathname), { cacheName: KEPT })
    if (kept) button.textContent = button.dataset.sayKept
    button.closest('.keep').hidden = false
  }

  async function onKeep(button) {
    const kept = await caches.match(keptEntry(location.pathname), { cacheName: KEPT })
    if (!kept) return keep(button)
    await unkeep(location.pathname)
    button.textContent = button.dataset.sayKeep
  }

  /* The kept page: each kept item, its size, a remove button, and the total. */
  async function showKept(box) {
    const items = await keptItems()
    const size = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
    box.replaceChildren()
    if (!items.length) {
      const none = document.createElement('p')
      none.className = 'kept-none'
      none.textContent = box.dataset.sayNone
      return box.append(none)
    }
    const total = document.createElement('p')
    total.className = 'kept-total'
    total.textContent = `${box.dataset.sayTotal}: ${size(items.reduce((n, i) => n + i.size, 0))}`
    const list = document.createElement('ul')
    list.className = 'kept-list'
    for (const item of items) {
      const li = document.createElement('li')
      const link = document.createElement('a')
      link.href = item.page
      link.textContent = item.title
      const meta = document.createElement('span')
      meta.className = 'meta'
      meta.textContent = ` ${size(item.size)} `
      const remove = document.createElement('button')
      remove.type = 'button'
      remove.textContent = box.dataset.sayRemove
      remove.addEventListener('click', () => unkeep(item.page).finally(() => showKept(box)))
      li.append(link, meta, remove)
      list.append(li)
    }
    box.append(total, list)
  }

  /* The offline page lists the pages this phone has (kept, or seen and kept by the worker). */
  async function listKept(list) {
    if (!window.caches) return
    const names = (await caches.keys()).filter((n) => n.startsWith('siang-pages-') || n === KEPT)
    const lang = document.documentElement.lang
    const items = []
    const listed = new Set()
    for (const name of names) {
      const cache = await caches.open(name)
      for (const request of await cache.keys()) {
        const url = new URL(request.url)
        if (!url.pathname.startsWith(`/${lang}/`) && url.pathname !== `/${lang}`) continue
        if (listed.has(url.pathname + url.search)) continue
        listed.add(url.pathname + url.search)
        const html = await (await cache.match(request)).text()
        const title = new DOMParser().parseFromString(html, 'text/html').title
        const item = document.createElement('li')
        const link = document.createElement('a')
        link.href = url.pathname + url.search
        link.textContent = title || url.pathname
        item.append(link)
        items.push(item)
      }
    }
    if (!items.length) return
    list.append(...items)
    list.closest('section').hidden = false
  }

  function start() {
    for (const button of all('button[data-keep]')) startKeep(button).catch(() => {})
    const keptList = document.querySelector('[data-kept-list]')
    if (keptList) showKept(keptList).catch(() => {})
    const offline = document.querySelector('[data-offline-kept]')
    if (offline) listKept(offline).catch(() => {})
  }

  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element && e.target.closest('button[data-keep]')
    if (button) onKeep(button).catch(() => {})
  })

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
