/** Response headers for served media files; pure, so that it is tested without a server. */

import { generatedSizeName } from './imageSizes'

export type FileRequest = { filename: string; download: boolean; signedIn: boolean }

export function fileHeaders(
  upstream: Headers,
  { filename, download, signedIn }: FileRequest,
): Headers {
  const headers = new Headers(upstream)
  headers.set('X-Content-Type-Options', 'nosniff')
  // Payload serves WebVTT as text/plain; browsers' <track> wants text/vtt.
  if (/\.vtt$/i.test(filename)) headers.set('Content-Type', 'text/vtt; charset=utf-8')
  if (!signedIn) {
    // A public file is public to any page: partners' players, and embeds in a sandboxed frame
    // (origin null) load captions only with CORS. A signed-in read is private: no CORS.
    headers.set('Access-Control-Allow-Origin', '*')
    headers.set('Access-Control-Expose-Headers', 'Content-Length, Content-Range, Accept-Ranges')
  }
  if (signedIn) {
    headers.set('Cache-Control', 'private, no-cache')
  } else if (generatedSizeName.test(filename)) {
    // Sizes get a new name whenever the image changes, so they never change under a name.
    headers.set('Cache-Control', 'public, max-age=31536000, immutable')
  } else {
    headers.set('Cache-Control', 'public, max-age=300, stale-while-revalidate=3600')
  }
  if (download) {
    const ascii = filename.replace(/[^A-Za-z0-9._-]/g, '_')
    headers.set(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    )
  }
  return headers
}
