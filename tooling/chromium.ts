/**
 * Debian's Chromium, as the browser tests and the benchmarks run it: headless, its path from
 * CHROME_PATH when set, and the flags a container and a test need.
 */
import { chromium, type Browser } from 'playwright-core'

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium'

/** No sandbox (root in a container), no GPU, no QUIC (the test server speaks HTTP/1.1). */
export const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-quic']

export const chromiumOptions = {
  executablePath: chromiumPath,
  args: [
    ...chromiumFlags,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--autoplay-policy=no-user-gesture-required',
  ],
}

export const launchChromium = (): Promise<Browser> => chromium.launch(chromiumOptions)
