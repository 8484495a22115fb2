/** @jsxImportSource preact */
import type { ComponentChildren } from 'preact'
import { DEFAULT_QUICK_EXIT_URL, isQuickExitUrl } from '@/lib/help'
import type { Locale } from '@/lib/locales'
import { telHref } from '@/lib/tel'
import type { SiteSetting } from '@/payload-types'
import { pathOf, sections, type Section } from '@/site/sections'
import { siteStrings } from '@/site/strings'

/**
 * The hotline, on every page: a tap calls it. At the top, only the first line, to save room (on
 * a phone only "call free" and its number, beside the quick exit; its name is the bar's label),
 * and every line in the footer.
 */
export function Hotline({
  locale,
  settings,
  all = false,
}: {
  locale: Locale
  settings: SiteSetting
  all?: boolean
}) {
  const s = siteStrings(locale)
  const lines = (settings.hotlines ?? []).slice(0, all ? undefined : 1)
  if (!lines.length) return null
  return (
    <aside
      className={all ? 'hotline' : 'hotline hotline-top'}
      aria-label={all ? s.allHotlines : lines[0].label}
    >
      <span>
        <span className="hotline-ask">{s.needHelp}</span> {s.callFree}
      </span>
      {lines.map((h) => (
        <a key={h.id ?? h.number} href={telHref(h.number)} className="hotline-call">
          <span className="hotline-number">{h.number}</span>{' '}
          <span className="hotline-label">{h.label}</span>
        </a>
      ))}
    </aside>
  )
}

/**
 * "Leave this site": a plain link to the neutral site, so it works without script; the islands
 * script replaces the page instead, so that Back does not return, and Escape twice does the same.
 * No referrer goes with it: the neutral site never learns where the visitor came from.
 */
export function QuickExit({ locale, settings }: { locale: Locale; settings: SiteSetting }) {
  const s = siteStrings(locale)
  const url = settings.quickExitUrl
  return (
    <a
      id="quick-exit"
      className="quick-exit"
      href={url && isQuickExitUrl(url) ? url : DEFAULT_QUICK_EXIT_URL}
      rel="noreferrer"
      title={s.quickExitHint}
    >
      {s.quickExit}
    </a>
  )
}

/**
 * Header, navigation, language switch and footer around a page. `alternate` is this page's
 * path in the other language, so switching keeps the page. On a phone the header is two short
 * rows (name and language; search), and the section nav scrolls sideways, its edge faded.
 */
export function Shell({
  locale,
  settings,
  current,
  alternate,
  children,
}: {
  locale: Locale
  settings: SiteSetting
  current?: Section
  alternate: string
  children: ComponentChildren
}) {
  const s = siteStrings(locale)
  const other: Locale = locale === 'lo' ? 'en' : 'lo'
  return (
    <>
      <a className="skip" href="#main">
        {locale === 'lo' ? 'ຂ້າມໄປເນື້ອຫາ' : 'Skip to content'}
      </a>
      <div className="top-bar">
        <Hotline locale={locale} settings={settings} />
        <QuickExit locale={locale} settings={settings} />
      </div>
      <header className="site-header">
        <a className="brand" href={pathOf(locale)}>
          <span className="brand-name">{s.siteName}</span>{' '}
          <span className="brand-tagline">{s.tagline}</span>
        </a>
        <a className="help-link" href={pathOf(locale, 'help')}>
          {s.help}
        </a>
        <a className="switch" href={alternate} hrefLang={other} lang={other}>
          {s.otherLanguage}
        </a>
        <form className="site-search" role="search" action={pathOf(locale, 'search')}>
          <label htmlFor="site-search-q" className="visually-hidden">
            {s.search}
          </label>
          <input id="site-search-q" type="search" name="q" placeholder={s.searchPlaceholder} />
          <button type="submit">{s.search}</button>
        </form>
        <nav aria-label={s.menu}>
          <ul>
            {(Object.keys(sections) as Section[]).map((section) => (
              <li key={section}>
                <a
                  href={pathOf(locale, section)}
                  aria-current={section === current ? 'page' : undefined}
                >
                  {sections[section].label[locale]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>{settings.footerText}</p>
        <p>
          <a href={pathOf(locale, 'help')}>{s.help}</a> ·{' '}
          <a href={pathOf(locale, 'kept')}>{s.keptTitle}</a>
        </p>
        <Hotline locale={locale} settings={settings} all />
      </footer>
    </>
  )
}

/** The 404: in the visitor's language, with the hotline above and a way back. */
export function NotFoundBody({ locale }: { locale: Locale }) {
  const s = siteStrings(locale)
  return (
    <>
      <h1>{s.notFoundTitle}</h1>
      <p>{s.notFoundText}</p>
      <p>
        <a href={pathOf(locale)}>{s.backHome}</a>
      </p>
    </>
  )
}
