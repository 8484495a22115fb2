import { serviceWorker } from '@/offline/worker'

/**
 * /sw.js: the service worker, at the site's root so that its scope is the whole site (it leaves
 * the admin and the API alone itself). Browsers check it for a new version on each visit.
 */
export const dynamic = 'force-dynamic'

export function GET(): Response {
  return new Response(serviceWorker().text, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
    },
  })
}
