/** @jsxImportSource preact */
/**
 * The embeddable player page: one self-contained HTML document, no framework runtime, its CSS
 * and script inline with the answer's nonce (a few KB gzip), rendered by the public pages'
 * renderer (preact-render-to-string, which escapes every text and attribute). See
 * docs/features.md, "Partner embeds", for its options and postMessage API.
 */
import crypto from 'node:crypto'
import type { ComponentChildren } from 'preact'
import { render } from 'preact-render-to-string'
import type { Locale } from '@/lib/locales'
import { telHref } from '@/lib/tel'
import { playerTypes, type EmbedType, type PlayerType } from './types'

export type EmbedOptions = {
  locale: Locale
  /** Seconds to start from (a media fragment: nothing loads before play). */
  start?: number
  /** Video only, and only muted: browsers refuse sound without a tap. */
  autoplay: boolean
  theme: 'light' | 'dark'
  partner?: string
  /** The data-saver copy first (`?saver=1`), as for a visitor who sends `Save-Data: on`. */
  saver: boolean
  /** The partner's origin framing it, once known (src/embed/framing.ts). */
  host?: string
}

export type EmbedItem = {
  type: PlayerType
  slug: string
  title: string
  /** Absolute address of the full page on the site. */
  pageUrl: string
  /** The files to try in order: the data-saver copy first for a visitor who saves data. */
  sources: { src: string; mimeType: string }[]
  poster?: string
  captions: { lang: Locale; src: string }[]
  hotline?: { number: string; label: string }
}

export const embedWords = {
  lo: { open: 'ເບິ່ງຢູ່ ສຽງ', call: 'ໂທຟຣີ', captions: { lo: 'ພາສາລາວ', en: 'English' } },
  en: { open: 'Open on Siang', call: 'Call free', captions: { lo: 'ພາສາລາວ', en: 'English' } },
} as const

const CSS = `*{box-sizing:border-box}html,body{margin:0;height:100%}body{font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans Lao",sans-serif;background:#fff;color:#1a1a1a;display:flex;flex-direction:column;overflow:hidden}body.dark{background:#101418;color:#f2f2f2}video{display:block;width:100%;flex:1;min-height:0;background:#000;object-fit:contain}audio{display:block;width:100%;margin:12px 0 4px}.audio{padding:0 12px}.bar{display:flex;align-items:center;gap:12px;height:64px;padding:0 12px;flex:none}.title{flex:1;min-width:0;font-weight:700;color:inherit;text-decoration:none;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.title:hover,.title:focus-visible{text-decoration:underline}.call{flex:none;background:#a4161a;color:#fff;border-radius:999px;padding:8px 14px;font-weight:700;text-decoration:none;min-height:44px;display:inline-flex;align-items:center}a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}.audio .bar{padding:0}`

/**
 * In a frame sandboxed without allow-same-origin (its origin is "null"), links that open a window
 * or leave the frame do nothing: the hotline and the title become text to read and copy.
 */
export const UNLINK_IN_SANDBOX = `if(self.origin==="null")for(const a of document.querySelectorAll("a.call,a.title")){const t=document.createElement("span");t.className=a.className;t.textContent=a.textContent;a.replaceWith(t)}`

/**
 * In a frame sandboxed without allow-same-origin (its origin is "null"; WordPress frames providers
 * it does not know with `sandbox="allow-scripts"`), links that open a window or leave the frame do
 * nothing: the hotline and the title become text the visitor can read and copy.
 *
 * postMessage: commands {type:"siang:command", command:"play"|"pause"|"seek"|"setCaption", value}
 * from the parent, when its origin is allowed; events {type:"siang:event", event, currentTime,
 * duration, embed} to the framing page when its origin is allowed; timeupdate at most 4 times a
 * second while playing, and at once after a seek (so a paused player's new time is told). In a sandboxed frame the parent must send commands to "*" (the browser drops a message
 * addressed to an origin the frame no longer has) and gets events from origin "null"; a sender
 * whose own origin is "null" cannot be told apart from any other, and no partner can list it, so
 * it is obeyed only when any site may embed. Beacons count the load and the first play.
 */
/** Who frames this page, what it may be told, and the counting beacon: shared by every embed. */
export const FRAME_JS = `${UNLINK_IN_SANDBOX}const C=JSON.parse(document.getElementById("c").textContent),ok=o=>C.origins.includes("*")||C.origins.includes(o);let host=null;try{const a=location.ancestorOrigins;host=a&&a.length?a[0]:document.referrer?new URL(document.referrer).origin:null}catch(e){}const tell=(event,more)=>{if(parent===window||!host||!ok(host))return;parent.postMessage({type:"siang:event",event,...more,embed:{type:C.type,slug:C.slug}},host)};const beacon=e=>{try{navigator.sendBeacon(C.beacon,JSON.stringify({type:C.type,slug:C.slug,event:e,partner:C.partner||void 0,origin:host||void 0}))}catch(x){}};`

const JS = `(()=>{${FRAME_JS}const m=document.getElementById("m"),send=e=>tell(e,{currentTime:m.currentTime,duration:isFinite(m.duration)?m.duration:null});let played=!1,last=0;m.addEventListener("play",()=>{send("play");if(!played){played=!0;beacon("play")}});m.addEventListener("pause",()=>send("pause"));m.addEventListener("ended",()=>send("ended"));m.addEventListener("timeupdate",()=>{const n=Date.now();if(n-last>=250){last=n;send("timeupdate")}});m.addEventListener("seeked",()=>{last=Date.now();send("timeupdate")});addEventListener("message",e=>{if(e.source!==parent||!ok(e.origin))return;const d=e.data;if(!d||d.type!=="siang:command")return;switch(d.command){case"play":m.play().catch(()=>send("blocked"));break;case"pause":m.pause();break;case"seek":{const t=Number(d.value);if(isFinite(t)&&t>=0)m.currentTime=t;break}case"setCaption":for(const t of m.textTracks||[])t.mode=t.language===d.value?"showing":"disabled";break}});beacon("load");send("ready")})()`

/** What FRAME_JS reads: the item, the partner of the embed code, who may be told, the beacon. */
export function frameConfig(
  item: { type: EmbedType; slug: string },
  options: Pick<EmbedOptions, 'partner'>,
  origins: string[],
): string {
  return JSON.stringify({
    type: item.type,
    slug: item.slug,
    partner: options.partner,
    origins,
    beacon: '/api/beacon',
  }).replace(/</g, '\\u003c')
}

/** The configuration, then the page's one script (with the answer's nonce). */
export function FrameScripts({ config, nonce, js }: { config: string; nonce: string; js: string }) {
  return (
    <>
      <script type="application/json" id="c" dangerouslySetInnerHTML={{ __html: config }} />
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: js }} />
    </>
  )
}

/** The document around an embed: its head, the inline style, and `children` as the body. */
export function EmbedDocument({
  locale,
  title,
  canonical,
  nonce,
  bodyClass,
  css = CSS,
  children,
}: {
  locale: Locale
  title: string
  canonical?: string
  nonce: string
  bodyClass?: string
  css?: string
  children: ComponentChildren
}) {
  return (
    <html lang={locale}>
      {/* eslint-disable-next-line @next/next/no-head-element -- rendered to a string, not a Next page */}
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>{`${title} · Siang`}</title>
        {canonical && <link rel="canonical" href={canonical} />}
        {/* Opened on its own, the browser would otherwise ask for /favicon.ico, which is not there. */}
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <meta name="robots" content="noindex" />
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body className={bodyClass}>{children}</body>
    </html>
  )
}

export const page = (document: ReturnType<typeof EmbedDocument>) =>
  `<!doctype html>${render(document)}`

/** The title, opening the item's page on the site, and the hotline. */
export function EmbedBar({
  item,
  locale,
}: {
  item: { title: string; pageUrl: string; hotline?: { number: string; label: string } }
  locale: Locale
}) {
  const w = embedWords[locale]
  return (
    <div className="bar">
      <a className="title" href={item.pageUrl} target="_blank" rel="noopener" title={w.open}>
        {item.title}
      </a>
      {item.hotline && (
        <a
          className="call"
          href={telHref(item.hotline.number)}
          target="_top"
          aria-label={`${w.call} ${item.hotline.label} ${item.hotline.number}`}
        >
          ☎ {item.hotline.number}
        </a>
      )}
    </div>
  )
}

/** The player page for one item; `origins` may frame it and talk to it ('*' for any). */
export function embedHtml(
  item: EmbedItem,
  options: EmbedOptions,
  origins: string[],
): { html: string; nonce: string } {
  const nonce = crypto.randomBytes(16).toString('base64')
  const w = embedWords[options.locale]
  const kind = playerTypes[item.type].kind
  const fragment = options.start && options.start > 0 ? `#t=${Math.floor(options.start)}` : ''
  const sources = item.sources.map((f) => (
    <source key={f.src} src={f.src + fragment} type={f.mimeType} />
  ))
  const player =
    kind === 'video' ? (
      <video
        id="m"
        controls
        preload="none"
        playsInline
        autoplay={options.autoplay}
        muted={options.autoplay}
        poster={item.poster}
        aria-label={item.title}
        // Its files and captions are read with CORS (public files send it): in a frame sandboxed
        // without allow-same-origin, as WordPress frames it, the page's origin is null, and the
        // browser loads captions for another origin only in CORS mode, set on the media element.
        crossorigin="anonymous"
      >
        {sources}
        {item.captions.map((c) => (
          <track
            key={c.lang}
            kind="captions"
            srcLang={c.lang}
            label={w.captions[c.lang]}
            src={c.src}
            default={c.lang === options.locale}
          />
        ))}
      </video>
    ) : (
      <audio id="m" controls preload="none" aria-label={item.title}>
        {sources}
      </audio>
    )
  const config = frameConfig(item, options, origins)
  const html = page(
    <EmbedDocument
      locale={options.locale}
      title={item.title}
      canonical={item.pageUrl}
      nonce={nonce}
      bodyClass={`${kind}${options.theme === 'dark' ? ' dark' : ''}`}
    >
      {player}
      <EmbedBar item={item} locale={options.locale} />
      <FrameScripts config={config} nonce={nonce} js={JS} />
    </EmbedDocument>,
  )
  return { html, nonce }
}

/** The page for an unknown or unpublished item, in the embed's own frame. */
export function embedNotFoundHtml(locale: Locale): { html: string; nonce: string } {
  const nonce = crypto.randomBytes(16).toString('base64')
  const text = locale === 'lo' ? 'ບໍ່ພົບເນື້ອຫານີ້' : 'This item was not found'
  const html = page(
    <EmbedDocument locale={locale} title={text} nonce={nonce}>
      <div className="bar">
        <span className="title">{text}</span>
      </div>
    </EmbedDocument>,
  )
  return { html, nonce }
}

/**
 * The Content-Security-Policy of an embed page: framed by `origins` only; a quiz's or poll's
 * form may post to this site (`forms`), a player's page has none.
 */
export function embedCsp(nonce: string, origins: string[], forms = false): string {
  const ancestors = origins.includes('*') ? '*' : ["'self'", ...origins].join(' ')
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "media-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    forms ? "form-action 'self'" : "form-action 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ')
}
