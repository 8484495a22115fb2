/**
 * What a first visit costs a phone on mobile data: the gzip bytes of each page's HTML, CSS,
 * fonts, JavaScript and the pictures it loads at once, against a bare Next page from the same
 * build. Media (audio, video) is not preloaded and not counted.
 */
import fs from 'node:fs'
import { gzipSync } from 'node:zlib'
import { ensureBuild, launchServer, stopServer } from '../../tests/http/server'
import { result, sitePages, type Benchmark, type Result } from '../lib'

const KiB = 1024

const pages = sitePages

type Weight = { html: number; css: number; js: number; fonts: number; images: number }

async function gz(url: string): Promise<number> {
  const res = await fetch(url)
  const bytes = Buffer.from(await res.arrayBuffer())
  // Pictures and fonts are already compressed; text is sent gzip by any proxy in front.
  return /\.(woff2?|webp|avif|jpe?g|png)(\?|$)/.test(url) ? bytes.length : gzipSync(bytes).length
}

async function weigh(origin: string, path: string): Promise<Weight> {
  const html = await (await fetch(origin + path)).text()
  const attr = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) => new URL(m[1], origin).href)
  // Modern browsers skip `nomodule` scripts (the legacy polyfills): they cost nothing here.
  const scripts = [...new Set(attr(/<script(?![^>]*noModule)[^>]+src="([^"]+)"/g))]
  const styles = [...new Set(attr(/<link rel="stylesheet" href="([^"]+)"/g))]
  // The first picture is eager; the rest load lazily, below the fold.
  // Chromium takes the AVIF source of a <picture> when there is one.
  const eager = [
    ...html.matchAll(
      /<picture>(?:<source type="image\/avif" srcSet="([^"]+)"\/>)?<img src="([^"]+)"[^>]*loading="eager"/g,
    ),
  ].map((m) => new URL(m[1] ?? m[2], origin).href)
  let css = 0
  let fonts = 0
  for (const href of styles) {
    const text = await (await fetch(href)).text()
    css += gzipSync(Buffer.from(text)).length
    const lao = [...text.matchAll(/url\(([^)]+\.woff2)\)/g)].map((m) => new URL(m[1], href).href)
    for (const font of new Set(lao)) fonts += await gz(font)
  }
  let js = 0
  for (const src of scripts) js += await gz(src)
  let images = 0
  for (const src of eager) images += await gz(src)
  return { html: gzipSync(Buffer.from(html)).length, css, js, fonts, images }
}

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
      for (const path of pages) {
        const w = await weigh(site.url, path)
        const total = w.html + w.css + w.js + w.fonts + w.images
        out.push(
          result({
            name: `${path}: JavaScript`,
            value: w.js / KiB,
            unit: 'KiB gz',
            baseline: baseline.js / KiB,
            target: '<= 150 KiB gz',
            ok: w.js <= 150 * KiB,
          }),
          result({
            name: `${path}: first-visit transfer`,
            value: total / KiB,
            unit: 'KiB',
            baseline: null,
            target: '< 200 KiB (Payload template: 526 KB)',
            ok: total < 200 * KiB,
          }),
        )
      }
      // Partner embeds: one self-contained document; the media is not counted.
      for (const path of ['/embed/songs/call-1300', '/embed/episodes/the-job-offer-1']) {
        const html = await (await fetch(site.url + path)).text()
        const external = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)]
          .map((m) => m[1])
          .filter(
            (href) => !href.startsWith(site.url + '/lo') && !href.startsWith(site.url + '/en'),
          )
        if (external.length) throw new Error(`${path} loads ${external.join(', ')}`)
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
      return out
    } finally {
      stopServer(site.pid)
      fs.rmSync(site.dir, { recursive: true, force: true })
    }
  },
}
