import type { MetadataRoute } from 'next'
import { resolveServerURL } from '@/lib/env'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  const origin = resolveServerURL()
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/'] }],
    sitemap: `${origin}/sitemap.xml`,
  }
}
