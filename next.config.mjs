import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // ffmpeg's npm package finds its binary beside itself: it must be loaded from node_modules.
  serverExternalPackages: ['@ffmpeg-installer/ffmpeg', 'exceljs'],
  // Keep class names in the server build: Payload's error responses read `error.name`, and
  // stack traces stay readable in production logs.
  // Cached pages and reads live in memory only: they are made from the database, so a cache left
  // on disk by another database (a restore, a test server, a second build) must never be served.
  experimental: { serverMinification: false, isrFlushToDisk: false },
  // The Lao admin's dates: Payload loads date-fns locales by key only, and the Lao admin's key
  // 'th' loads Siang's Lao locale (src/i18n/dateFnsKey.ts). Server and browser bundles alike.
  turbopack: { resolveAlias: { 'date-fns/locale/th': './src/i18n/dateFnsKey.ts' } },
  // Nothing but this site frames its pages. Embeds (/embed/…) set their own CSP: framed by
  // partners' allowed origins (src/app/embed). Public pages set their full policy themselves
  // (src/site/render), the admin gets its own with a script nonce from Siang's server
  // (src/server); this one covers the rest of Next's routes.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }],
      },
      // The help pages send no referrer at all (src/site/pages/help.tsx). Next keeps a header
      // set here over the route's own, so they are left out.
      {
        source: '/:path((?!(?:lo|en)/help(?:/|$)).*)',
        headers: [{ key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' }],
      },
      {
        source: '/:path((?!embed/).*)',
        headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
      },
      // Only Next's own routes: public pages, the 404 of any other address included, carry
      // their own full policy (src/site/render), which this one would replace.
      ...[
        '/admin/:path*',
        '/api/:path*',
        '/_next/:path*',
        '/cards/:file',
        '/feeds/:locale/:name',
        '/feeds/:locale/:name/:item',
        '/bench-baseline',
      ].map((source) => ({
        source,
        headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'self'" }],
      })),
    ]
  },
  // `/` is always Lao first; the locale pages live under /{locale}.
  async redirects() {
    return [{ source: '/', destination: '/lo', permanent: false }]
  },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload sends `Critical-CH: Sec-CH-Prefers-Color-Scheme` on every path, for the admin's theme.
 * Chromium answers it by restarting the navigation with the hint: one more round trip before a
 * public page starts, on the phones Siang is for. Keep those headers to the admin.
 */
const payloadHeaders = config.headers
config.headers = async () =>
  (await payloadHeaders()).map((rule) =>
    rule.source === '/:path*' && rule.headers.some((h) => h.key === 'Critical-CH')
      ? { ...rule, source: '/admin/:path*' }
      : rule,
  )

export default config
