/** @jsxImportSource preact */
import { embedCode, type EmbedType } from '@/embed/types'
import { embedRule } from '@/embed/rule'
import { resolveServerURL } from '@/lib/env'
import type { Locale } from '@/lib/locales'
import { siteStrings } from '@/site/strings'
import { escapeMarkup } from '@/lib/markup'
import { absoluteUrl } from '@/site/urls'
import { fileSize, type MediaFile } from './Players'
import { CopyButton, ShareButton } from './ShareButton'
import { useContext } from 'preact/hooks'
import { SettingsContext } from '@/site/render/settingsContext'

/** Where a page can be shared: each link carries the page's canonical address. */
export function shareLinks(url: string, title: string) {
  const u = encodeURIComponent(url)
  const text = encodeURIComponent(title)
  return [
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'LINE', href: `https://social-plugins.line.me/lineit/share?url=${u}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
    { name: 'X', href: `https://twitter.com/intent/tweet?url=${u}&text=${text}` },
  ]
}

/**
 * Share links, the phone's share sheet, a download link for forwarding offline, and for a player
 * the code that puts it on another site.
 */
export function ShareBar({
  path,
  title,
  locale,
  files = [],
  embed,
}: {
  path: string
  title: string
  locale: Locale
  /** The player's files; the small copy is offered first, with its size. */
  files?: MediaFile[]
  embed?: { type: EmbedType; slug: string }
}) {
  const s = siteStrings(locale)
  const url = absoluteUrl(path)!
  const downloads = [...files].sort((a, b) => Number(b.lite) - Number(a.lite))
  const code =
    embed && embedCode(resolveServerURL(), embed.type, embed.slug, title, { lang: locale })
  return (
    <section className="share" aria-label={s.share}>
      <h2>{s.share}</h2>
      <ul>
        {shareLinks(url, title).map((link) => (
          <li key={link.name}>
            <a href={link.href} rel="noopener" target="_blank">
              {link.name}
            </a>
          </li>
        ))}
        <li>
          <ShareButton
            url={url}
            title={title}
            file={downloads[0]?.src}
            fileBytes={downloads[0]?.bytes}
            label={s.shareOrCopy}
            copied={s.linkCopied}
          />
        </li>
        {downloads.map((f) => (
          <li key={f.src}>
            <a href={`${f.src}?download=1`} download>
              {s.download}
              {f.bytes ? ` · ${fileSize(f.bytes, locale)}` : ''}
              {downloads.length > 1 ? ` (${f.lite ? s.dataSaver : s.original})` : ''}
            </a>
          </li>
        ))}
      </ul>
      {code && (
        <details className="embed-code">
          <summary>{s.embedCode}</summary>
          <p>{s.embedHelp}</p>
          <EmbedRule locale={locale} />
          {/* The code, escaped for the textarea's text (the renderer leaves > as it is). */}
          <textarea
            readOnly
            rows={4}
            aria-label={s.embedCode}
            dangerouslySetInnerHTML={{ __html: escapeMarkup(code) }}
          />
          <CopyButton text={code} label={s.copyCode} copied={s.codeCopied} />
        </details>
      )}
    </section>
  )
}

/**
 * Which sites may show the player, said where its code is offered: a partner who pastes it on a
 * site the committee has not registered would otherwise see only "refused to connect".
 */
function EmbedRule({ locale }: { locale: Locale }) {
  const { rule, ask, contact } = embedRule(locale, useContext(SettingsContext))
  return (
    <p>
      {rule}{' '}
      {contact && (
        <>
          {ask} <a href={`mailto:${contact}`}>{contact}</a>.
        </>
      )}
    </p>
  )
}
