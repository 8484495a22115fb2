import { siteAssets } from '@/site/render/assets'
import { CACHE_TAGS_HEADER } from '@/site/tags'

/** /assets/{name}.{hash}.{ext}: the public pages' script and font, never changed in place. */
export function GET(request: Request): Response {
  const asset = siteAssets().byPath.get(new URL(request.url).pathname)
  if (!asset)
    return new Response('Not found\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  return new Response(new Uint8Array(asset.body), {
    headers: {
      'Content-Type': asset.type,
      'Cache-Control': 'public, max-age=31536000, immutable',
      // Kept by Siang's server with no tag: only a new build changes it.
      [CACHE_TAGS_HEADER]: '',
    },
  })
}
