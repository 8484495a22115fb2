/** @jsxImportSource preact */
import { pageMetadata } from '@/site/metadata'
import { alternateOf, pageAt, type PageMaker } from '@/site/render/page'
import { pathOf } from '@/site/sections'
import { siteStrings } from '@/site/strings'

/**
 * /{locale}/kept: what this phone keeps for offline use. The list is the phone's own (the kept
 * cache, read by the page script), so the page is the same for everyone and says nothing about
 * any visitor; without script it says that keeping needs it.
 */
export const keptPage: PageMaker = pageAt(['kept'], async ({ locale }) => {
  const s = siteStrings(locale)
  const path = pathOf(locale, 'kept')
  return {
    head: pageMetadata({ locale, path, title: s.keptTitle, noindex: true }),
    alternate: alternateOf(locale, path),
    keeps: true,
    body: (
      <div className="kept-page">
        <h1>{s.keptTitle}</h1>
        <p>{s.keptIntro}</p>
        <noscript>
          <p>{s.keptNeedsScript}</p>
        </noscript>
        <div
          data-kept-list
          data-say-total={s.keptTotal}
          data-say-remove={s.keptRemoveOne}
          data-say-none={s.keptNone}
        ></div>
      </div>
    ),
  }
})
