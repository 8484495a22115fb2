/** @jsxImportSource preact */
import { render } from 'preact-render-to-string'
import { Shell } from '@/components/Shell'
import type { Locale } from '@/lib/locales'
import type { SiteSetting } from '@/payload-types'
import { Document } from './Document'
import type { Page } from './page'
import { SettingsContext } from './settingsContext'

/**
 * A page in the site's document and shell, as HTML: the public pages (./answer.tsx) and the
 * draft previews (src/preview) look the same. preact-render-to-string escapes every text and
 * attribute.
 */
export function pageHtml(page: Page, locale: Locale, settings: SiteSetting, alternate: string) {
  const html = render(
    <SettingsContext.Provider value={settings}>
      <Document head={page.head} counted={page.counted} keeps={page.keeps} answers={page.answers}>
        <Shell locale={locale} settings={settings} current={page.current} alternate={alternate}>
          {page.body}
        </Shell>
      </Document>
    </SettingsContext.Provider>,
  )
  return `<!DOCTYPE html>${html}`
}
