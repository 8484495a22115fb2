import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `/` is always Lao first; the locale pages live under /{locale}.
  async redirects() {
    return [{ source: '/', destination: '/lo', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
