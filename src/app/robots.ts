import type { MetadataRoute } from 'next'
import { resolveServerURL } from '@/lib/env'

export const dynamic = 'force-dynamic'

/**
 * Crawlers may read the pages and what they point at: media files (pictures for link previews,
 * podcast enclosures, captions) and the oEmbed answers. The rest of the API and the admin are
 * not for them. Longer rules win over shorter ones (RFC 9309), so the two allows beat `/api/`.
 */
export default function robots(): MetadataRoute.Robots {
  const origin = resolveServerURL()
  return {
    rules: [
      {
        userAgent: '*',
        allow: ['/', '/api/media/file/', '/api/oembed'],
        disallow: ['/admin', '/api/', '/preview/'],
      },
    ],
    sitemap: `${origin}/sitemap.xml`,
  }
}
