/**
 * What the service worker (src/offline) adds to a first visit of the home page, in Debian's
 * Chromium: the requests the worker makes itself as it installs (its script, what it keeps
 * ahead, the arrival page kept), and the bytes they cost on the wire, headers included. The
 * page's own requests, measured in the same visit, are the baseline. Most of what the worker
 * keeps ahead the page has just loaded, so the browser's cache answers it for nothing.
 */
import fs from 'node:fs'
import { launchChromium } from '../../tooling/chromium'
import { ensureBuild, launchServer, stopServer } from '../../tooling/server'
import { result, type Benchmark } from '../lib'

const KiB = 1024

type Tally = { requests: number; bytes: number; addresses: string[] }

export const offlineWeight: Benchmark = {
  name: 'offline-weight',
  async run() {
    ensureBuild()
    const site = await launchServer()
    const browser = await launchChromium()
    try {
      const context = await browser.newContext({ locale: 'lo-LA' })
      const worker: Tally = { requests: 0, bytes: 0, addresses: [] }
      const page: Tally = { requests: 0, bytes: 0, addresses: [] }
      const pending: Promise<void>[] = []
      context.on('requestfinished', (request) => {
        pending.push(
          request.sizes().then((sizes) => {
            const tally = request.serviceWorker() ? worker : page
            tally.requests++
            tally.bytes += Math.max(0, sizes.responseBodySize) + sizes.responseHeadersSize
            tally.addresses.push(new URL(request.url()).pathname)
          }),
        )
      })
      const tab = await context.newPage()
      await tab.goto(`${site.url}/lo`, { waitUntil: 'load' })
      await tab.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
        timeout: 30_000,
      })
      await tab.waitForTimeout(2000)
      await Promise.all(pending)
      await context.close()
      return [
        result({
          name: 'worker-first-visit-kb',
          value: worker.bytes / KiB,
          unit: 'KiB',
          baseline: page.bytes / KiB,
          target: `measured: ${worker.requests} requests by the worker (${worker.addresses.join(', ')}), against the page's ${page.requests}`,
          ok: null,
        }),
      ]
    } finally {
      await browser.close()
      stopServer(site.pid)
      fs.rmSync(site.dir, { recursive: true, force: true })
    }
  },
}
