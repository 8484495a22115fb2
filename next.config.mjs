import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Keep class names in the server build: Payload's error responses read `error.name`, and
  // stack traces stay readable in production logs.
  experimental: { serverMinification: false },
  // `/` is always Lao first; the locale pages live under /{locale}.
  async redirects() {
    return [{ source: '/', destination: '/lo', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
