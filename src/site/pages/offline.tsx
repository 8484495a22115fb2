/** @jsxImportSource preact */
import { HotlineCalls } from '@/components/Help'
import { siteSettings } from '@/site/data'
import { pageMetadata } from '@/site/metadata'
import { alternateOf, pageAt, type PageMaker } from '@/site/render/page'
import { pathOf } from '@/site/sections'
import { siteStrings } from '@/site/strings'

/**
 * /{locale}/offline: what the service worker (src/offline) shows for a page it has not kept when
 * there is no connection. The hotlines, a way to try again (the same address: the worker serves
 * this page in its place, and only with script, so the script sets the link), and the pages kept
 * on this phone.
 */
export const offlinePage: PageMaker = pageAt(['offline'], async ({ locale }) => {
  const s = siteStrings(locale)
  const settings = await siteSettings(locale)
  const path = pathOf(locale, 'offline')
  return {
    head: pageMetadata({ locale, path, title: s.offlineTitle, noindex: true }),
    alternate: alternateOf(locale, path),
    keeps: true,
    body: (
      <div className="offline-page">
        <h1>{s.offlineTitle}</h1>
        <p>{s.offlineText}</p>
        <p>
          {/* The page script points it at the address the worker showed this page for. */}
          <a className="retry" href={pathOf(locale)} data-retry>
            {s.offlineRetry}
          </a>
        </p>
        <HotlineCalls settings={settings} title={s.offlineCall} />
        <section className="offline-kept" aria-labelledby="offline-kept" hidden>
          <h2 id="offline-kept">{s.offlineKept}</h2>
          <ul data-offline-kept></ul>
        </section>
      </div>
    ),
  }
})
