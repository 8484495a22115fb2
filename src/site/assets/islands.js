/*
 * The only script of Siang's public pages: small islands on plain HTML, no framework. Loaded
 * deferred, from one cached file (src/site/render/assets.ts). Each page works without it, but
 * for what needs script by nature: the share sheet, copying, the data-saver switch and counting.
 */
;(() => {
  'use strict'
  if (window.siangIslands) return
  window.siangIslands = true

  const all = (selector) => Array.from(document.querySelectorAll(selector))
  const done = (button) => {
    if (button.dataset.done) button.textContent = button.dataset.done
  }

  /* A file is shared itself only when small and quick to fetch: the sheet must open while the
     tap still counts (browsers allow a few seconds), and a large file would cost the visitor's
     data for nothing. Otherwise the link is shared. */
  const SHARE_FILE_BYTES = 5 * 1024 * 1024
  const SHARE_FILE_MS = 2000

  async function fileToShare(file, bytes) {
    if (!file || !navigator.canShare || !(Number(bytes) > 0) || Number(bytes) > SHARE_FILE_BYTES)
      return null
    const stop = new AbortController()
    const timer = setTimeout(() => stop.abort(), SHARE_FILE_MS)
    try {
      const blob = await fetch(file, { signal: stop.signal }).then((r) => r.blob())
      const asFile = new File([blob], file.split('/').pop() || 'siang', { type: blob.type })
      return navigator.canShare({ files: [asFile] }) ? asFile : null
    } catch {
      return null
    } finally {
      clearTimeout(timer)
    }
  }

  /* The phone's share sheet, with the file itself where it can; copying the link otherwise. */
  async function share(button) {
    const { shareUrl: url, shareTitle: title, shareFile: file, shareBytes: bytes } = button.dataset
    try {
      if (navigator.share) {
        const asFile = await fileToShare(file, bytes)
        if (asFile) {
          await navigator.share({ title, url, files: [asFile] })
          return
        }
        await navigator.share({ title, url })
        return
      }
      await navigator.clipboard.writeText(url)
      done(button)
    } catch {
      // The visitor closed the share sheet, or the clipboard was refused: nothing to do.
    }
  }

  function copy(button) {
    navigator.clipboard.writeText(button.dataset.copy || '').then(
      () => done(button),
      () => {},
    )
  }

  /* The data-saver switch, remembered on the device: on, every player plays its small copy
     first; off, the original. Sources are only reordered: with preload="none" nothing has loaded
     yet. */
  const SAVER = 'siang:data-saver'
  function applySaver(on) {
    for (const box of all('input[data-saver]')) box.checked = on
    for (const player of all('[data-lite-src]')) {
      const want = on ? player.dataset.liteSrc : player.dataset.originalSrc
      const first = player.querySelector('source')
      if (!first || first.getAttribute('src') === want) continue
      const source = Array.from(player.querySelectorAll('source')).find(
        (s) => s.getAttribute('src') === want,
      )
      if (!source) continue
      player.insertBefore(source, first)
      if (player.paused && !player.currentTime) player.load()
    }
  }

  /* Later, when the browser has nothing else to do: after the first paint. */
  const whenIdle = (work) =>
    window.requestIdleCallback
      ? window.requestIdleCallback(work, { timeout: 2000 })
      : setTimeout(work)

  /* Counts that could not be sent (no connection, or a connection with no data) wait on the
     device and go at the next pages or once the connection is back: each is sent once, then
     forgotten. Only what and which event, never when or who; at most 200 wait, and 20 go per
     page (the beacon's flood limit is shared by everyone behind a carrier's address). Tabs take
     turns with the list (a lock where the browser has one), so two tabs never send the same
     count; without a lock, or if it is refused, the work is done all the same. */
  const WAITING = 'siang:counts'
  const SENT_AT_ONCE = 20
  const inTurn = (work) => {
    if (!navigator.locks) return Promise.resolve().then(work)
    let done = false
    const once = () => {
      if (done) return
      done = true
      work()
    }
    return navigator.locks.request(WAITING, once).catch(once)
  }
  const wait = (body) =>
    inTurn(() => {
      try {
        const waiting = JSON.parse(localStorage.getItem(WAITING) || '[]')
        localStorage.setItem(WAITING, JSON.stringify([...waiting, body].slice(-200)))
      } catch {
        // Storage refused: this count is lost, as it would be with no worker.
      }
    })
  function beacon(body) {
    if (navigator.onLine === false) return wait(body)
    // Sent even as the page closes (keepalive), and kept for later if it does not get through.
    fetch('/api/beacon', { method: 'POST', body: JSON.stringify(body), keepalive: true })
      .then((res) => (res.status === 429 || res.status >= 500) && wait(body))
      .catch(() => wait(body))
  }
  function sendWaiting() {
    if (navigator.onLine === false) return
    inTurn(() => {
      let now = []
      try {
        const waiting = JSON.parse(localStorage.getItem(WAITING) || '[]')
        now = waiting.slice(0, SENT_AT_ONCE)
        const later = waiting.slice(SENT_AT_ONCE)
        if (later.length) localStorage.setItem(WAITING, JSON.stringify(later))
        else localStorage.removeItem(WAITING)
      } catch {
        return
      }
      for (const body of now) beacon(body)
    })
  }
  window.addEventListener('online', sendWaiting)

  /* One `view` per page view and one `play` on the first play of each player: no cookie, and
     nothing stored while online. Plays are watched at once; the view is sent when the browser is
     idle, or as the visitor leaves if that comes first. A page the browser prerendered counts
     once shown. */
  function count() {
    const { countType: type, countSlug: slug, countPlays: plays } = document.body.dataset
    if (!type || !slug) return
    const send = (event) => beacon({ type, slug, event, source: 'site' })
    if (plays) {
      const played = new WeakSet()
      document.addEventListener(
        'play',
        (e) => {
          if (played.has(e.target)) return
          played.add(e.target)
          send('play')
        },
        true,
      )
    }
    let viewed = false
    const view = () => {
      if (viewed || document.prerendering) return
      viewed = true
      send('view')
    }
    if (document.prerendering)
      document.addEventListener('prerenderingchange', () => whenIdle(view), { once: true })
    else whenIdle(view)
    window.addEventListener('pagehide', view, { once: true })
  }

  /* Captions in the page's language are on, whatever the browser's own default. */
  function showCaptions() {
    const lang = document.documentElement.lang
    for (const video of all('video')) {
      for (const track of Array.from(video.textTracks))
        if (track.kind === 'captions' || track.kind === 'subtitles')
          track.mode = track.language === lang ? 'showing' : 'disabled'
    }
  }

  /* Quick exit: the neutral site replaces this page, so Back does not return to it, and it
     learns nothing of where the visitor was. Escape twice, within 1.5 s, does the same. */
  function leave() {
    const link = document.getElementById('quick-exit')
    if (!link) return
    const meta = document.createElement('meta')
    meta.name = 'referrer'
    meta.content = 'no-referrer'
    document.head.append(meta)
    document.body.hidden = true
    location.replace(link.href)
  }
  let escaped = -Infinity
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return
    if (e.timeStamp - escaped < 1500) leave()
    escaped = e.timeStamp
  })

  /* The services directory's filter, remembered on this device only: kept when the page shows a
     choice, and asked again when the directory is opened bare. Never a cookie. */
  const FILTER = 'siang:services-filter'
  function rememberFilter(form) {
    try {
      if (location.search) {
        const choice = new URLSearchParams(new FormData(form))
        localStorage.setItem(FILTER, choice.toString())
      } else {
        const saved = new URLSearchParams(localStorage.getItem(FILTER) || '')
        if (Array.from(saved.values()).some(Boolean)) location.replace(`?${saved}`)
      }
    } catch {
      // Storage refused (private mode): nothing remembered.
    }
  }

  /* The question form, with script: sent in the background, so that a dropped connection keeps
     what was written on the page (never stored anywhere), and the answer shows in place. The
     sentences are the page's own (data-say). Without script it is a plain POST and a 303. */
  function answerShown(form, text, ok) {
    let out = form.parentElement.querySelector('.question-sent, .question-error')
    if (!out) {
      out = document.createElement('p')
      form.before(out)
    }
    out.className = ok ? 'question-sent' : 'question-error'
    out.setAttribute('role', ok ? 'status' : 'alert')
    out.textContent = text
  }

  async function sendQuestion(form) {
    const say = JSON.parse(form.dataset.say)
    const button = form.querySelector('button[type=submit]')
    button.disabled = true
    try {
      const res = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(Object.fromEntries(new FormData(form))),
      })
      const body = await res.json().catch(() => ({}))
      if (res.ok) form.reset()
      const problem = body.errors && body.errors[0] && body.errors[0].problem
      answerShown(form, res.ok ? say.sent : say[problem] || say.other, res.ok)
    } catch {
      answerShown(form, say.offline, false)
    } finally {
      button.disabled = false
    }
  }

  /* The service worker (/sw.js, src/offline): registered a few seconds after the page has
     loaded and gone idle, so that its own fetches never compete with the page's. It keeps
     public pages and files for when the signal drops. */
  const WORKER_AFTER_MS = 3000
  function registerWorker() {
    if (!('serviceWorker' in navigator)) return
    const register = () =>
      setTimeout(
        () => whenIdle(() => navigator.serviceWorker.register('/sw.js').catch(() => {})),
        WORKER_AFTER_MS,
      )
    if (document.readyState === 'complete') register()
    else window.addEventListener('load', register, { once: true })
  }

  /* Only what the page has: storage is read only when there is a switch to set. */
  function start() {
    const canShare = Boolean(navigator.share || navigator.clipboard)
    for (const button of all('button[data-share-url]')) button.hidden = !canShare
    for (const button of all('button[data-copy]')) button.hidden = !navigator.clipboard
    const switches = all('label.saver')
    for (const label of switches) label.hidden = false
    if (switches.length) {
      let saver = null
      try {
        saver = localStorage.getItem(SAVER)
      } catch {
        // Storage refused (private mode): the page's own variant stands.
      }
      if (saver !== null) applySaver(saver === '1')
    }
    if (document.querySelector('video')) showCaptions()
    const filter = document.querySelector('form[data-remember]')
    if (filter) rememberFilter(filter)
    for (const retry of all('a[data-retry]')) retry.href = location.href
    registerWorker()
    sendWaiting()
    count()
  }

  document.addEventListener('click', (e) => {
    const target = e.target
    if (!(target instanceof Element)) return
    if (target.closest('#quick-exit')) {
      e.preventDefault()
      return leave()
    }
    const button = target.closest('button[data-share-url], button[data-copy]')
    if (button) return button.dataset.copy !== undefined ? copy(button) : share(button)
    // A tap on a video's poster starts it: the native controls act on their own buttons first.
    if (target instanceof HTMLVideoElement && target.paused && !target.currentTime && !target.ended)
      target.play().catch(() => {})
  })

  document.addEventListener('submit', (e) => {
    const form = e.target
    if (!(form instanceof HTMLFormElement) || !form.matches('form.question-form[data-say]')) return
    e.preventDefault()
    sendQuestion(form)
  })

  document.addEventListener('change', (e) => {
    const box = e.target
    if (!(box instanceof HTMLInputElement) || !box.matches('input[data-saver]')) return
    try {
      localStorage.setItem(SAVER, box.checked ? '1' : '0')
    } catch {
      // Not remembered; still applied to this page.
    }
    applySaver(box.checked)
  })

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
