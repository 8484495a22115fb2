/**
 * Walking the admin in Lao: every page a signed-in admin can reach, and the English left in its
 * chrome (navigation, headings, labels, descriptions, tabs, buttons, placeholders, messages).
 */
import type { BrowserContext, Page } from 'playwright-core'
import { siangAdminViews } from '../../src/components/admin/views'
import { platforms } from '../../src/lib/platforms'
import { api, server } from '../helpers/http'

/** Names that stay as they are in Lao too: of Siang, of standards and formats, of apps, units. */
const names = [
  'Siang',
  'ID',
  'ISO',
  'URL',
  'API',
  'JSON',
  'CSV',
  'PDF',
  'Excel',
  'JPEG',
  'PNG',
  'WebVTT',
  'English',
  'Apple Podcasts',
  'Spotify',
  'kbps',
  'SMS',
  // The key, as its cap says.
  'Esc',
  // The social platforms, as the calendar and the posts name them.
  ...platforms.map((p) => p.label),
]

/** Not words of the chrome: addresses, site paths given as examples, file names, media types. */
const notWords = [
  /\S+@\S+/g,
  /https?:\/\/\S*/g,
  /(?<![\w/])\/[\w./-]+/g,
  /[\w.-]+\.[a-z0-9]{2,5}\b/g,
  /\b(?:audio|video|image|text|application)\/[\w.+-]+/g,
  // A file's size under 1 KB: Payload writes the unit in English whatever the language
  // (formatFilesize in payload/dist/uploads, not among its translations).
  /\b\d+ bytes\b/g,
]

/** The admin's own words: what Payload and Siang write, not what editors typed. */
const chrome = [
  'nav',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'button',
  'label',
  'legend',
  'th',
  'p',
  'caption',
  'summary',
  '.list-controls',
  '.pill',
  '.field-description',
  '.doc-tab',
  '.doc-controls',
  '.collapsible__toggle',
  '.row-label',
  '.array-field__header',
  '.no-results',
  '.empty-state',
  '.page-controls',
  '.per-page',
  '.rs__placeholder',
  '.dropzone',
  '.file-field',
  '.banner',
  '[role="alert"]',
].join(', ')

/** What people wrote (rich text, versions' values) and code (embed snippets, JSON, columns). */
const content = [
  '[contenteditable]',
  'pre',
  'code',
  'textarea',
  '.query-inspector__results',
  '.html-diff',
].join(', ')

/**
 * Latin words in the page's chrome: each one is English that the translation missed, unless it
 * is one of `names` or part of `notWords`.
 */
export async function untranslated(page: Page, also = ''): Promise<string[]> {
  // Read the chrome once the page has settled: client components finish rendering first.
  await page.waitForLoadState('networkidle')
  const first = await englishIn(page, also)
  if (!first.length) return first
  // What a page shows for a moment while it changes (a redirect, a list loading) is no finding:
  // only what is still there a second later.
  await page.waitForTimeout(1000)
  const again = await englishIn(page, also)
  return first.filter((w) => again.includes(w))
}

async function englishIn(page: Page, also: string): Promise<string[]> {
  const text = await page.evaluate(
    ([selector, skip]) => {
      // People's words are hidden while the chrome is read (innerText leaves out hidden text).
      const theirs = [...document.querySelectorAll<HTMLElement>(skip)]
      const display = theirs.map((el) => el.style.display)
      theirs.forEach((el) => (el.style.display = 'none'))
      const seen = [...document.querySelectorAll(selector)].filter(
        (el): el is HTMLElement => el instanceof HTMLElement && el.offsetParent !== null,
      )
      const placeholders = [...document.querySelectorAll('[placeholder]')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => el.getAttribute('placeholder'))
      const text = [...seen.map((el) => el.innerText), ...placeholders].join('\n')
      theirs.forEach((el, i) => (el.style.display = display[i]))
      return text
    },
    [also ? `${chrome}, ${also}` : chrome, content] as const,
  )
  const allowed = [...notWords, ...names.map((n) => new RegExp(`\\b${n}\\b`, 'g'))]
  const cleaned = allowed.reduce((t, pattern) => t.replaceAll(pattern, ' '), text)
  return [...new Set(cleaned.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? [])]
}

/** The collections and globals the admin's navigation offers, by their admin paths. */
export async function navigation(
  page: Page,
): Promise<{ collections: string[]; globals: string[] }> {
  const hrefs = await page
    .locator('a[href^="/admin/collections/"], a[href^="/admin/globals/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  const slugsUnder = (prefix: string) => [
    ...new Set(
      hrefs.filter((h) => h.startsWith(prefix)).map((h) => h.slice(prefix.length).split('/')[0]),
    ),
  ]
  return {
    collections: slugsUnder('/admin/collections/'),
    globals: slugsUnder('/admin/globals/'),
  }
}

/**
 * Every view to walk: each collection's list, create form, and a document's edit, versions, one
 * version and API views; each global's edit and API views; the account; and Siang's own views.
 */
export async function adminPages(
  token: string,
  { collections, globals }: { collections: string[]; globals: string[] },
): Promise<string[]> {
  const pages: string[] = ['/admin', '/admin/account']
  for (const slug of collections) {
    const base = `/admin/collections/${slug}`
    pages.push(base, `${base}/create`)
    // The oldest document: the seed's, named in Lao, not one another test made in English.
    const found = await api<{ docs?: { id: number | string }[] }>(
      `/api/${slug}?limit=1&depth=0&draft=true&sort=createdAt`,
      { token },
    )
    const id = found.body.docs?.[0]?.id
    if (id === undefined) continue
    pages.push(`${base}/${id}`, `${base}/${id}/api`)
    const versions = await api<{ docs?: { id: string }[] }>(
      `/api/${slug}/versions?limit=1&depth=0&where[parent][equals]=${id}`,
      { token },
    )
    const version = versions.body.docs?.[0]?.id
    if (versions.status === 200) pages.push(`${base}/${id}/versions`)
    if (version) pages.push(`${base}/${id}/versions/${version}`)
  }
  for (const slug of globals) pages.push(`/admin/globals/${slug}`, `/admin/globals/${slug}/api`)
  return [...pages, ...siangViews]
}

/** Siang's own views, whose tables are Siang's own words (and names, in Lao) too. */
const siangViews = Object.values(siangAdminViews).map((view) => `/admin${view.path}`)

/** Opens each page, `at` at a time, and returns the English found on each page that has some. */
export async function walk(
  context: BrowserContext,
  paths: string[],
  at = 3,
): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {}
  const queue = [...paths]
  const worker = async () => {
    const page = await context.newPage()
    for (let path = queue.shift(); path; path = queue.shift()) {
      await page.goto(`${server().url}${path}`, { timeout: 60_000 })
      const words = await untranslated(page, siangViews.includes(path) ? 'td' : '')
      if (words.length) found[path] = words
    }
    await page.close()
  }
  await Promise.all(Array.from({ length: at }, worker))
  return found
}
