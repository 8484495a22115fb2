/** @jsxImportSource preact */
import type { ComponentChildren } from 'preact'
import type { PageHead } from '@/site/metadata'
import { THEME_COLOR } from '@/offline/appIcons'
import { manifestPath } from '@/offline/manifest'
import { siteStrings } from '@/site/strings'
import { siteAssets } from './assets'

/** What the count beacon reports for this page (src/reach/beacon.ts), if it counts. */
export type Counted = { type: string; slug: string; plays: boolean }

/** The page's <head>: its own words and addresses, the link-preview card, the inline style. */
function Head({ head, keeps, answers }: { head: PageHead; keeps: boolean; answers: boolean }) {
  const { css, script, keep, answers: answering, fonts } = siteAssets()
  return (
    // eslint-disable-next-line @next/next/no-head-element -- rendered by preact-render-to-string, not a Next page
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="theme-color" content={THEME_COLOR} />
      <link rel="manifest" href={manifestPath(head.locale)} />
      <link rel="apple-touch-icon" href="/icons/192.png" />
      <title>{head.title}</title>
      <meta name="description" content={head.description} />
      {head.noindex && <meta name="robots" content="noindex" />}
      <link rel="canonical" href={head.canonical} />
      {head.languages.map(([lang, href]) => (
        <link key={lang} rel="alternate" hrefLang={lang} href={href} />
      ))}
      {head.alternates.map((a) => (
        <link key={a.type} rel="alternate" type={a.type} href={a.href} />
      ))}
      <meta property="og:title" content={head.title} />
      <meta property="og:description" content={head.description} />
      <meta property="og:url" content={head.canonical} />
      <meta property="og:site_name" content={siteStrings(head.locale).siteName} />
      <meta property="og:locale" content={head.locale === 'lo' ? 'lo_LA' : 'en_GB'} />
      <meta property="og:image" content={head.image} />
      <meta property="og:image:width" content="1200" />
      <meta property="og:image:height" content="630" />
      <meta property="og:image:alt" content={head.imageAlt} />
      <meta property="og:type" content="website" />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={head.title} />
      <meta name="twitter:description" content={head.description} />
      <meta name="twitter:image" content={head.image} />
      <meta name="twitter:image:alt" content={head.imageAlt} />
      <link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" />
      {fonts.map((font) => (
        <link
          key={font.path}
          rel="preload"
          href={font.path}
          as="font"
          type="font/woff2"
          crossorigin="anonymous"
        />
      ))}
      <style dangerouslySetInnerHTML={{ __html: css }} />
      <script src={script.path} defer />
      {keeps && <script src={keep.path} defer />}
      {answers && <script src={answering.path} defer />}
    </head>
  )
}

/** A whole public page. */
export function Document({
  head,
  counted,
  keeps = false,
  answers = false,
  children,
}: {
  head: PageHead
  counted?: Counted
  /** Loads the keep script: pages with players, the kept page, the offline page. */
  keeps?: boolean
  /** Loads the quiz and poll script. */
  answers?: boolean
  children: ComponentChildren
}) {
  return (
    <html lang={head.locale}>
      <Head head={head} keeps={keeps} answers={answers} />
      <body
        data-count-type={counted?.type}
        data-count-slug={counted?.slug}
        data-count-plays={counted?.plays ? '1' : undefined}
      >
        {children}
      </body>
    </html>
  )
}
