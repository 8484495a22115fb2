import type { ImageSize } from 'payload'

const webp = { format: 'webp' as const, options: { quality: 78, effort: 4 } }

/**
 * Every size is WebP. Sizes with both width and height are cropped around the focal point.
 * `og` is the Open Graph card that chat apps and Facebook show when a link is shared.
 */
export const imageSizes: ImageSize[] = [
  { name: 'thumbnail', width: 320, height: 320, formatOptions: webp },
  { name: 'card', width: 640, height: 360, formatOptions: webp },
  { name: 'hero', width: 1600, withoutEnlargement: true, formatOptions: webp },
  { name: 'og', width: 1200, height: 630, formatOptions: webp },
]
