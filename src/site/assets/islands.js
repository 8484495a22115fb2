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

  /* The phone's share sheet, with the file itself where the browser can share files; copying
     the link otherwise. */
  async function share(button) {
    const { shareUrl: url, shareTitle: title, shareFile: file } = button.dataset
    try {
      if (navigator.share) {
        if (file && navigator.canShare) {
          const blob = await fetch(file).then((r) => r.blob())
          const asFile = new File([blob], file.split('/').pop() || 'siang', { type: blob.type })
          if (navigator.canShare({ files: [asFile] })) {
            await navigator.share({ title, url, files: [asFile] })
            return
          }
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

  /* One `view` per page view and one `play` on the first play of each player: no cookie,
     nothing stored. A page the browser prerendered counts once it is shown. */
  function count() {
    const { countType: type, countSlug: slug, countPlays: plays } = document.body.dataset
    if (!type || !slug) return
    const send = (event) => {
      try {
        navigator.sendBeacon('/api/beacon', JSON.stringify({ type, slug, event, source: 'site' }))
      } catch {
        // No beacon in this browser: not counted.
      }
    }
    if (document.prerendering)
      document.addEventListener('prerenderingchange', () => send('view'), { once: true })
    else send('view')
    if (!plays) return
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

  /* Captions in the page's language are on, whatever the browser's own default. */
  function showCaptions() {
    const lang = document.documentElement.lang
    for (const video of all('video')) {
      for (const track of Array.from(video.textTracks))
        if (track.kind === 'captions' || track.kind === 'subtitles')
          track.mode = track.language === lang ? 'showing' : 'disabled'
    }
  }

  /* Only what the page has: storage is read only when there is a switch to set, and counting
     waits for the browser to be idle, so that nothing competes with the first paint. */
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
    if (!document.body.dataset.countType) return
    if (window.requestIdleCallback) window.requestIdleCallback(count, { timeout: 2000 })
    else setTimeout(count)
  }

  document.addEventListener('click', (e) => {
    const target = e.target
    if (!(target instanceof Element)) return
    const button = target.closest('button[data-share-url], button[data-copy]')
    if (button) return button.dataset.copy !== undefined ? copy(button) : share(button)
    // A tap on a video's poster starts it: the native controls act on their own buttons first.
    if (target instanceof HTMLVideoElement && target.paused && !target.currentTime && !target.ended)
      target.play().catch(() => {})
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
