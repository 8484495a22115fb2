/**
 * The embeddable player page: one self-contained HTML document, no React runtime, its CSS and
 * script inline (a few KB gzip). See docs/features.md, "Partner embeds", for its options and
 * postMessage API.
 */
import crypto from 'node:crypto'
import type { Locale } from '@/lib/locales'
import { embedTypes, type EmbedType } from './types'

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
}

export type EmbedItem = {
  type: EmbedType
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

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

const words = {
  lo: { open: 'ເບິ່ງຢູ່ ສຽງ', call: 'ໂທຟຣີ', captions: { lo: 'ພາສາລາວ', en: 'English' } },
  en: { open: 'Open on Siang', call: 'Call free', captions: { lo: 'ພາສາລາວ', en: 'English' } },
} as const

const CSS = `*{box-sizing:border-box}html,body{margin:0;height:100%}body{font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans Lao",sans-serif;background:#fff;color:#1a1a1a;display:flex;flex-direction:column;overflow:hidden}body.dark{background:#101418;color:#f2f2f2}video{display:block;width:100%;flex:1;min-height:0;background:#000;object-fit:contain}audio{display:block;width:100%;margin:12px 0 4px}.audio{padding:0 12px}.bar{display:flex;align-items:center;gap:12px;height:64px;padding:0 12px;flex:none}.title{flex:1;min-width:0;font-weight:700;color:inherit;text-decoration:none;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.title:hover,.title:focus-visible{text-decoration:underline}.call{flex:none;background:#a4161a;color:#fff;border-radius:999px;padding:8px 14px;font-weight:700;text-decoration:none;min-height:44px;display:inline-flex;align-items:center}a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}.audio .bar{padding:0}`

/**
 * postMessage: commands {type:"siang:command", command:"play"|"pause"|"seek"|"setCaption", value}
 * from an allowed origin; events {type:"siang:event", event, currentTime, duration, embed} to the
 * framing page when its origin is allowed; timeupdate at most 4 times a second. Beacons count the
 * load and the first play.
 */
const JS = `(()=>{const m=document.getElementById("m"),C=JSON.parse(document.getElementById("c").textContent),ok=o=>C.origins.includes("*")||C.origins.includes(o);let host=null;try{const a=location.ancestorOrigins;host=a&&a.length?a[0]:document.referrer?new URL(document.referrer).origin:null}catch(e){}const send=(event)=>{if(parent===window||!host||!ok(host))return;parent.postMessage({type:"siang:event",event,currentTime:m.currentTime,duration:isFinite(m.duration)?m.duration:null,embed:{type:C.type,slug:C.slug}},host)};const beacon=e=>{try{navigator.sendBeacon(C.beacon,JSON.stringify({type:C.type,slug:C.slug,event:e,partner:C.partner||void 0,origin:host||void 0}))}catch(x){}};let played=!1,last=0;m.addEventListener("play",()=>{send("play");if(!played){played=!0;beacon("play")}});m.addEventListener("pause",()=>send("pause"));m.addEventListener("ended",()=>send("ended"));m.addEventListener("timeupdate",()=>{const n=Date.now();if(n-last>=250){last=n;send("timeupdate")}});addEventListener("message",e=>{if(e.source!==parent||!ok(e.origin))return;const d=e.data;if(!d||d.type!=="siang:command")return;switch(d.command){case"play":m.play().catch(()=>send("blocked"));break;case"pause":m.pause();break;case"seek":{const t=Number(d.value);if(isFinite(t)&&t>=0)m.currentTime=t;break}case"setCaption":for(const t of m.textTracks||[])t.mode=t.language===d.value?"showing":"disabled";break}});beacon("load");send("ready")})()`

/** The player page for one item; `origins` may frame it and talk to it ('*' for any). */
export function embedHtml(
  item: EmbedItem,
  options: EmbedOptions,
  origins: string[],
): { html: string; nonce: string } {
  const nonce = crypto.randomBytes(16).toString('base64')
  const w = words[options.locale]
  const kind = embedTypes[item.type].kind
  const fragment = options.start && options.start > 0 ? `#t=${Math.floor(options.start)}` : ''
  const sources = item.sources
    .map((f) => `<source src="${esc(f.src + fragment)}" type="${esc(f.mimeType)}">`)
    .join('')
  const tracks = item.captions
    .map(
      (c) =>
        `<track kind="captions" srclang="${c.lang}" label="${esc(w.captions[c.lang])}" src="${esc(c.src)}"${c.lang === options.locale ? ' default' : ''}>`,
    )
    .join('')
  const player =
    kind === 'video'
      ? `<video id="m" controls preload="none" playsinline${options.autoplay ? ' autoplay muted' : ''}${item.poster ? ` poster="${esc(item.poster)}"` : ''} aria-label="${esc(item.title)}">${sources}${tracks}</video>`
      : `<audio id="m" controls preload="none" aria-label="${esc(item.title)}">${sources}</audio>`
  const hotline = item.hotline
    ? `<a class="call" href="tel:${esc(item.hotline.number.replace(/[^+0-9]/g, ''))}" target="_top" aria-label="${esc(`${w.call} ${item.hotline.label} ${item.hotline.number}`)}">☎ ${esc(item.hotline.number)}</a>`
    : ''
  const config = JSON.stringify({
    type: item.type,
    slug: item.slug,
    partner: options.partner,
    origins,
    beacon: '/api/beacon',
  }).replace(/</g, '\\u003c')
  const html =
    `<!doctype html><html lang="${options.locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${esc(item.title)} · Siang</title><link rel="canonical" href="${esc(item.pageUrl)}">` +
    `<meta name="robots" content="noindex"><style nonce="${nonce}">${CSS}</style></head>` +
    `<body class="${kind}${options.theme === 'dark' ? ' dark' : ''}">${player}` +
    `<div class="bar"><a class="title" href="${esc(item.pageUrl)}" target="_blank" rel="noopener" title="${esc(w.open)}">${esc(item.title)}</a>${hotline}</div>` +
    `<script type="application/json" id="c">${config}</script><script nonce="${nonce}">${JS}</script></body></html>`
  return { html, nonce }
}

/** The page for an unknown or unpublished item, in the embed's own frame. */
export function embedNotFoundHtml(locale: Locale): { html: string; nonce: string } {
  const nonce = crypto.randomBytes(16).toString('base64')
  const text = locale === 'lo' ? 'ບໍ່ພົບເນື້ອຫານີ້' : 'This item was not found'
  return {
    nonce,
    html: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${text} · Siang</title><meta name="robots" content="noindex"><style nonce="${nonce}">${CSS}</style></head><body><div class="bar"><span class="title">${text}</span></div></body></html>`,
  }
}

/** The Content-Security-Policy of an embed page: framed by `origins` only. */
export function embedCsp(nonce: string, origins: string[]): string {
  const ancestors = origins.includes('*') ? '*' : ["'self'", ...origins].join(' ')
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "media-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ')
}
