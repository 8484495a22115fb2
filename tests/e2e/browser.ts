import { afterAll, beforeAll } from '@jest/globals'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { chromiumOptions, launchChromium } from '../../tooling/chromium'

export { launchChromium }

/**
 * Chromium with a profile kept in `folder`, not an incognito one: what installing to the home
 * screen needs. At 360 px, in Lao.
 */
export function launchPersistentChromium(folder: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(folder, {
    ...chromiumOptions,
    locale: 'lo-LA',
    viewport: { width: 360, height: 740 },
  })
}

/**
 * For the tests of one file: Chromium, and a context set to Lao (it sends Accept-Language:
 * lo-LA,lo), both closed after the file. Read them in tests, once `beforeAll` has run.
 */
export function chromiumInLao(): { browser: Browser; context: BrowserContext } {
  const opened = {} as { browser: Browser; context: BrowserContext }
  beforeAll(async () => {
    opened.browser = await launchChromium()
    opened.context = await opened.browser.newContext({ locale: 'lo-LA' })
  })
  afterAll(async () => {
    await opened.context?.close()
    await opened.browser?.close()
  })
  return opened
}
