/**
 * For the offline tests: a phone at 360 px in Lao, in a browser context of its own (so each test
 * starts with no worker and no cache, closed after it), and ways to look into its caches.
 */
import { afterEach } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { server } from '../helpers/http'
import { chromiumInLao } from './browser'

export function offlinePhones(): {
  phone: () => Promise<Page>
  context: () => BrowserContext
} {
  const chromium = chromiumInLao()
  let context: BrowserContext | undefined
  afterEach(async () => {
    await context?.close()
    context = undefined
  })
  return {
    phone: async () => {
      context = await chromium.browser.newContext({
        locale: 'lo-LA',
        viewport: { width: 360, height: 740 },
      })
      return context.newPage()
    },
    context: () => context!,
  }
}

/** Opens `path` and waits until the worker controls the page. */
export async function openControlled(page: Page, path: string): Promise<void> {
  await page.goto(`${server().url}${path}`, { waitUntil: 'load' })
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
    timeout: 20_000,
  })
}

/** Waits, up to 20 s, until `check` resolves to true. */
export async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`never true: ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

/**
 * Waits until `check`, run in the page, resolves to true. (Playwright's waitForFunction takes
 * the promise an async check returns as true at once: the cache API is async.)
 */
export const until = (page: Page, check: (arg: string) => Promise<boolean>, arg: string) =>
  eventually(() => page.evaluate(check, arg), check.toString())

/** Every address the worker's caches hold, by cache. */
export const cachedAddresses = (page: Page) =>
  page.evaluate(async () => {
    const out: Record<string, string[]> = {}
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search)
    }
    return out
  })

/** The page held for `path` in the caches whose names start with `prefix`, as text. */
export const heldPage = (page: Page, prefix: string, path: string) =>
  page.evaluate(
    async ([prefix, path]) => {
      for (const name of await caches.keys()) {
        if (!name.startsWith(prefix)) continue
        const hit = await (await caches.open(name)).match(path)
        if (hit) return hit.text()
      }
      return null
    },
    [prefix, path],
  )
