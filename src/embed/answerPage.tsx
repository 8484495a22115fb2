/** @jsxImportSource preact */
/**
 * The embeddable page of a quiz or poll (/embed/quizzes/{slug}, /embed/polls/{slug}): one small
 * document, no framework runtime, its style and the frame's script inline with the answer's
 * nonce. The quiz or poll is the site's own (src/components/Quiz.tsx, Poll.tsx) and so is its
 * script (src/site/assets/answers.js, the one file it loads), so it answers the same way: one
 * question at a time with script, one plain form without, whose endpoint sends the visitor back
 * to the embed.
 */
import crypto from 'node:crypto'
import type { VNode } from 'preact'
import type { Locale } from '@/lib/locales'
import { siteAssets } from '@/site/render/assets'
import {
  EmbedBar,
  EmbedDocument,
  embedWords,
  FRAME_JS,
  frameConfig,
  FrameScripts,
  page,
  type EmbedOptions,
} from './page'
import type { AnswerType } from './types'

/**
 * The few rules the site's stylesheet would give (the quiz's and poll's own follow, from
 * src/site/assets/answers.css), and a dark theme whose marks keep their contrast. The body
 * scrolls inside the frame when the quiz is longer than it.
 */
const CSS = `*{box-sizing:border-box}:root{--ink:#1a1a1a;--muted:#4a4a4a;--accent:#a4161a;--radius:10px}html{-webkit-text-size-adjust:100%}body{margin:0;padding:12px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans Lao",sans-serif;background:#fff;color:var(--ink);overflow-wrap:anywhere}body.dark{--ink:#f2f2f2;--muted:#c9d1d9;--accent:#ff9b9b;background:#101418}h1{font-size:1.2rem;line-height:1.35;margin:0 0 .25rem}h2{font-size:1.1rem;margin:.5rem 0}.lead{margin:0 0 .25rem}.meta{color:var(--muted);font-size:.9rem}[hidden]{display:none!important}.visually-hidden{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}a{color:inherit}a:focus-visible,button:focus-visible,select:focus-visible,input:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}.bar{display:flex;align-items:center;gap:12px;margin-top:12px;flex-wrap:wrap}.title{flex:1;min-width:0;font-weight:700}.call{flex:none;background:#a4161a;color:#fff;border-radius:999px;padding:8px 14px;font-weight:700;text-decoration:none;min-height:44px;display:inline-flex;align-items:center}.dark .choice.is-right{background:#1e4a2b}.dark .choice.is-wrong{background:#552126}.dark .verdict.is-right,.dark .quiz-result .is-right strong::after{color:#8fd9a5}`

/**
 * Tells the framing page the height of what it shows as it changes (event "resize"; the body's
 * own, so that it shrinks too), and counts the load: once, not again for another try or for the
 * page an answer sent without script comes back to.
 */
const JS = `(()=>{${FRAME_JS}const height=()=>Math.ceil(document.body.getBoundingClientRect().height);let h=height();if(!/[?&](again|answers|voted|error)=/.test(location.search))beacon("load");tell("ready",{height:h});new ResizeObserver(()=>{const n=height();if(n!==h){h=n;tell("resize",{height:n})}}).observe(document.body)})()`

export type AnswerEmbedItem = {
  type: AnswerType
  slug: string
  title: string
  /** Absolute address of the quiz's or poll's page on the site. */
  pageUrl: string
  hotline?: { number: string; label: string }
  /** The quiz or poll, as the site draws it (src/site/pages/answers.tsx). */
  content: VNode
}

export function answerEmbedHtml(
  item: AnswerEmbedItem,
  options: EmbedOptions,
  origins: string[],
): { html: string; nonce: string } {
  const nonce = crypto.randomBytes(16).toString('base64')
  const { answersCss, answers } = siteAssets()
  const locale: Locale = options.locale
  const html = page(
    <EmbedDocument
      locale={locale}
      title={item.title}
      canonical={item.pageUrl}
      nonce={nonce}
      bodyClass={`answers${options.theme === 'dark' ? ' dark' : ''}`}
      css={CSS + answersCss}
    >
      <main>{item.content}</main>
      <EmbedBar
        item={{ title: embedWords[locale].open, pageUrl: item.pageUrl, hotline: item.hotline }}
        locale={locale}
      />
      <FrameScripts config={frameConfig(item, options, origins)} nonce={nonce} js={JS} />
      {/* The site's own file, under its fingerprinted address: kept by the phone for a year, for
          every quiz and poll, on the site and in embeds alike. */}
      <script src={answers.path} nonce={nonce} defer />
    </EmbedDocument>,
  )
  return { html, nonce }
}
