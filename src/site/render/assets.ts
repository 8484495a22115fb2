/**
 * The files every public page uses, under fingerprinted addresses (`/assets/{name}.{hash}.{ext}`)
 * that browsers keep for a year: the page script (the islands) and the Lao font, Noto Sans Lao
 * from @fontsource, its Lao subset only (about 9 KB per weight). The stylesheet is inlined into
 * each page instead: one round trip less before the first paint, on the phones Siang is for.
 * Read once from the project's files; pure Node.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export type Asset = { path: string; type: string; body: Buffer }

export type SiteAssets = {
  /** The stylesheet, @font-face rules first: inlined into every page. */
  css: string
  /** The quizzes' and polls' rules alone, for their embeds (src/embed/answerPage.tsx). */
  answersCss: string
  script: Asset
  /** Keeping for offline use: only on the pages that offer it (src/site/assets/keep.js). */
  keep: Asset
  /** Quizzes and polls: only on their pages (src/site/assets/answers.js). */
  answers: Asset
  fonts: Asset[]
  byPath: Map<string, Asset>
}

/** The files, each named in full so that the build traces exactly these. */
const sources = {
  css: () => fs.readFileSync(path.join(process.cwd(), 'src/site/assets/site.css'), 'utf8'),
  answersCss: () =>
    fs.readFileSync(path.join(process.cwd(), 'src/site/assets/answers.css'), 'utf8'),
  script: () => fs.readFileSync(path.join(process.cwd(), 'src/site/assets/islands.js')),
  keep: () => fs.readFileSync(path.join(process.cwd(), 'src/site/assets/keep.js')),
  answers: () => fs.readFileSync(path.join(process.cwd(), 'src/site/assets/answers.js')),
  font400: () =>
    fs.readFileSync(
      path.join(
        process.cwd(),
        'node_modules/@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff2',
      ),
    ),
  font700: () =>
    fs.readFileSync(
      path.join(
        process.cwd(),
        'node_modules/@fontsource/noto-sans-lao/files/noto-sans-lao-lao-700-normal.woff2',
      ),
    ),
}

function fingerprinted(name: string, ext: string, type: string, body: Buffer): Asset {
  const hash = crypto.createHash('sha256').update(body).digest('base64url').slice(0, 12)
  return { path: `/assets/${name}.${hash}.${ext}`, type, body }
}

const LAO_RANGE = 'U+0E81-0EDF, U+200C-200D, U+25CC'

/** Comments and runs of white space out: the rules stay as written. */
const compact = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .trim()

function load(): SiteAssets {
  const fonts = [
    fingerprinted('noto-sans-lao-400', 'woff2', 'font/woff2', sources.font400()),
    fingerprinted('noto-sans-lao-700', 'woff2', 'font/woff2', sources.font700()),
  ]
  const faces = fonts.map(
    (font, i) =>
      `@font-face{font-family:'Noto Sans Lao';font-style:normal;font-weight:${i ? 700 : 400};` +
      `font-display:swap;src:url(${font.path}) format('woff2');unicode-range:${LAO_RANGE}}`,
  )
  const answersCss = compact(sources.answersCss())
  const css = `${faces.join('')}:root{--font-lao:'Noto Sans Lao'}${compact(sources.css())}${answersCss}`
  const js = 'text/javascript; charset=utf-8'
  const script = fingerprinted('islands', 'js', js, sources.script())
  const keep = fingerprinted('keep', 'js', js, sources.keep())
  const answers = fingerprinted('answers', 'js', js, sources.answers())
  const byPath = new Map([script, keep, answers, ...fonts].map((a) => [a.path, a]))
  return { css, answersCss, script, keep, answers, fonts, byPath }
}

let loaded: SiteAssets | undefined

export const siteAssets = (): SiteAssets => (loaded ??= load())
