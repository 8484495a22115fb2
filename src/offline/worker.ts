/**
 * The service worker's script as served at /sw.js: its settings, then src/offline/worker.js,
 * kept.js and played.js inside one function (they share its names, and leave none on the global object).
 * Its version is a hash of everything a build's pages depend on (the worker itself, the inline
 * stylesheet, the fingerprinted files), so a deploy that changes any of them installs a new
 * worker, which removes the old build's caches. Read once; pure Node.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { locales } from '@/lib/locales'
import { siteAssets } from '@/site/render/assets'

/**
 * Kept at install, in each language: the offline page (shown for a page not kept) and the kept
 * page (the list of what is kept works with no connection).
 */
const offlinePaths = (locale: string) => [`/${locale}/offline`, `/${locale}/kept`]

function build(): { text: string; version: string } {
  const source = ['worker.js', 'kept.js', 'played.js']
    .map((file) => fs.readFileSync(path.join(process.cwd(), 'src/offline', file), 'utf8'))
    .join('\n')
  const { css, script, keep, fonts } = siteAssets()
  // What the page itself has just loaded (the browser's cache answers), and the keep script,
  // which the offline page runs. The icons and the manifest are for installing, and the browser
  // fetches those itself.
  const precache = [script.path, keep.path, ...fonts.map((f) => f.path)]
  const offlinePages = locales.flatMap(offlinePaths)
  const version = crypto
    .createHash('sha256')
    .update(source)
    .update(css)
    .update(JSON.stringify({ precache, offlinePages }))
    .digest('base64url')
    .slice(0, 12)
  const settings = JSON.stringify({ version, precache, offlinePages })
  return { text: `self.siangWorker = ${settings};\n;(() => {\n${source}\n})()\n`, version }
}

let built: { text: string; version: string } | undefined

export const serviceWorker = () => (built ??= build())
