/**
 * What a first visit costs a phone on mobile data: the gzip bytes of each page's HTML, CSS,
 * fonts, script and the pictures it loads at once, against a bare Next page from the same build
 * (what the framework runtime alone weighs). Media (audio, video) is not preloaded and not
 * counted. Every public page must ship at most 12 KiB of script, no inline script and no RSC
 * payload.
 */
import fs from 'node:fs'
import { gzipSync } from 'node:zlib'
import { ensureBuild, launchServer, stopServer } from '../../tooling/server'
import { result, sitePages, type Benchmark, type Result } from '../lib'

const KiB = 1024

const pages = sitePages
const SONG = '/lo/songs/call-1300'
const EPISODE = '/lo/dramas/the-job-offer/the-job-offer-1'

type Weight = {
  html: number
  css: number
  js: number
  fonts: number
  images: number
  /** Inline scripts that run (not JSON-LD data) and Next's RSC payload: there should be none. */
  inlineScripts: number
  rscPayload: boolean
}

async function gz(url: string): Promise<number> {
  const res = await fetch(url)
  const bytes = Buffer.from(await res.arrayBuffer())
  // Pictures and fonts are already compressed; text is sent gzip by Siang's server.
  return /\.(woff2?|webp|avif|jpe?g|png)(\?|$)/.test(url) ? bytes.length : gzipSync(bytes).length
}

async function weigh(origin: string, path: string): Promise<Weight> {
  const html = await (await fetch(origin + path)).text()
  const attr = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) => new URL(m[1], origin).href)
  // Modern browsers skip `nomodule` scripts (the legacy polyfills): they cost nothing here.
  const scripts = [...new Set(attr(/<script(?![^>]*noModule)[^>]+src="([^"]+)"/gi))]
  const styles = [...new Set(attr(/<link rel="stylesheet" href="([^"]+)"/g))]
  // The first picture is eager; the rest load lazily, below the fold.
  // Chromium takes the AVIF source of a <picture> when there is one.
  const eager = [
    ...html.matchAll(
      /<picture>(?:<source type="image\/avif" srcset="([^"]+)"\/>)?<img src="([^"]+)"[^>]*loading="eager"/gi,
    ),
  ].map((m) => new URL(m[1] ?? m[2], origin).href)
  // Stylesheets: linked ones (a bare Next page) and inline ones (Siang's pages: in the HTML).
  const sheets = [
    ...(await Promise.all(
      styles.map(async (href) => ({ href, text: await (await fetch(href)).text() })),
    )),
    ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({
      href: origin,
      text: m[1],
    })),
  ]
  let css = 0
  let fonts = 0
  for (const { href, text } of sheets) {
    if (href !== origin) css += gzipSync(Buffer.from(text)).length
    // The Lao font: a Latin-only page needs it too, for the language switch "ພາສາລາວ".
    const lao = [...text.matchAll(/url\(([^)]+\.woff2)\)/g)].map((m) => new URL(m[1], href).href)
    for (const font of new Set(lao)) fonts += await gz(font)
  }
  let js = 0
  for (const src of scripts) js += await gz(src)
  let images = 0
  for (const src of eager) images += await gz(src)
  const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    (m) => !/src=|type="application\/(ld\+)?json"/.test(m[1]) && m[2].trim(),
  ).length
  return {
    html: gzipSync(Buffer.from(html)).length,
    css,
    js,
    fonts,
    images,
    inlineScripts,
    rscPayload: html.includes('self.__next_f'),
  }
}

const firstVisit = (w: Weight) => w.html + w.css + w.js + w.fonts + w.images

export const pageWeight: Benchmark = {
  name: 'page-weight',
  async run() {
    ensureBuild()
    const site = await launchServer()
    try {
      const baseline = await weigh(site.url, '/bench-baseline')
      const out: Result[] = [
        result({
          name: 'JS of a bare Next page (baseline)',
          value: baseline.js / KiB,
          unit: 'KiB gz',
          baseline: null,
          target: 'measured',
          ok: null,
        }),
      ]
      const weights = new Map<string, Weight>()
      for (const path of pages) {
        const w = await weigh(site.url, path)
        weights.set(path, w)
        out.push(
          result({
            name: `${path}: script`,
            value: w.js / KiB,
            unit: 'KiB gz',
            baseline: baseline.js / KiB,
            target: `<= 12 KiB gz, no inline script (${w.inlineScripts}), no RSC payload (${w.rscPayload ? 'present' : 'none'})`,
            ok: w.js <= 12 * KiB && w.inlineScripts === 0 && !w.rscPayload,
          }),
          result({
            name: `${path}: first-visit transfer`,
            value: firstVisit(w) / KiB,
            unit: 'KiB',
            baseline: null,
            target: `measured (HTML ${(w.html / KiB).toFixed(1)}, fonts ${(w.fonts / KiB).toFixed(1)}, picture ${(w.images / KiB).toFixed(1)})`,
            ok: null,
          }),
        )
      }
      // The rows issue 9 names: the song and episode pages, and the heavier of the embeds.
      const song = weights.get(SONG)!
      const heaviest = Math.max(...[...weights.values()].map((w) => w.js)) / KiB
      out.unshift(
        result({
          name: 'page-script-kb',
          value: heaviest,
          unit: 'KiB gz',
          baseline: baseline.js / KiB,
          target: '<= 12 on every public page (the heaviest), no framework runtime, no RSC payload',
          ok:
            heaviest <= 12 &&
            [...weights.values()].every((w) => w.inlineScripts === 0 && !w.rscPayload),
        }),
        result({
          name: 'detail-page-js-kb',
          value: Math.max(song.js, weights.get(EPISODE)!.js) / KiB,
          unit: 'KiB gz',
          baseline: baseline.js / KiB,
          target: '<= 12 (song and episode pages, the heavier)',
          ok: Math.max(song.js, weights.get(EPISODE)!.js) <= 12 * KiB,
        }),
        result({
          name: 'detail-page-transfer-kb',
          value: firstVisit(song) / KiB,
          unit: 'KiB',
          baseline: null,
          target:
            '<= 100 (the song page: HTML, CSS, script, font, the eager picture; media excluded)',
          ok: firstVisit(song) <= 100 * KiB,
        }),
      )
      let embedMax = 0
      // Partner embeds: one self-contained document; the media is not counted.
      for (const path of ['/embed/songs/call-1300', '/embed/episodes/the-job-offer-1']) {
        const html = await (await fetch(site.url + path)).text()
        const external = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)]
          .map((m) => m[1])
          .filter(
            (href) => !href.startsWith(site.url + '/lo') && !href.startsWith(site.url + '/en'),
          )
        if (external.length) throw new Error(`${path} loads ${external.join(', ')}`)
        embedMax = Math.max(embedMax, gzipSync(Buffer.from(html)).length)
        out.push(
          result({
            name: `${path}: whole page with CSS and JS`,
            value: gzipSync(Buffer.from(html)).length / KiB,
            unit: 'KiB gz',
            baseline: null,
            target: '<= 15 KiB gz (YouTube embed: ~500 KB of script)',
            ok: gzipSync(Buffer.from(html)).length <= 15 * KiB,
          }),
        )
      }
      out.splice(
        3,
        0,
        result({
          name: 'embed-page-kb',
          value: embedMax / KiB,
          unit: 'KiB gz',
          baseline: null,
          target: '<= 15 (the heavier of the song and episode embeds, CSS and JS inline)',
          ok: embedMax <= 15 * KiB,
        }),
      )
      return out
    } finally {
      stopServer(site.pid)
      fs.rmSync(site.dir, { recursive: true, force: true })
    }
  },
}
