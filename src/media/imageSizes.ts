import { randomBytes } from 'node:crypto'
import type { ImageSize } from 'payload'

const webp = { format: 'webp' as const, options: { quality: 78, effort: 4 } }
/** The link-preview card: JPEG, the one format every chat app's preview renders. */
const jpeg = { format: 'jpeg' as const, options: { quality: 82, mozjpeg: true } }
/** Quality and effort from `npm run bench image-formats`: WebP's fidelity at about half the bytes. */
const avif = { format: 'avif' as const, options: { quality: 49, effort: 2 } }

/**
 * Every generated file gets a new name (`<name>-<8 hex>-<w>x<h>.webp`), also when a new focal
 * point regenerates the sizes. So a name never changes its bytes, and sizes can be cached for a
 * year as immutable.
 */
const freshName: ImageSize['generateImageName'] = ({ originalName, width, height, extension }) =>
  `${originalName}-${randomBytes(4).toString('hex')}-${width}x${height}.${extension}`

/** A name that freshName made. */
export const generatedSizeName = /-[0-9a-f]{8}-\d+x\d+\.(webp|avif|jpe?g)$/

/**
 * The sizes pages show are WebP, and also AVIF (`<picture>` offers both). Sizes with both width
 * and height are cropped around the focal point. `og` is the Open Graph card that chat apps and
 * Facebook show when a link is shared: JPEG, since some link-preview crawlers read neither WebP
 * nor AVIF. Pictures uploaded before keep their WebP card until their sizes are made again.
 */
const shapes = [
  { name: 'thumbnail', width: 320, height: 320 },
  { name: 'card', width: 640, height: 360 },
  { name: 'hero', width: 1600, withoutEnlargement: true },
]

export const imageSizes: ImageSize[] = [
  ...shapes.map((size) => ({ ...size, formatOptions: webp })),
  { name: 'og', width: 1200, height: 630, formatOptions: jpeg },
  ...shapes.map((size) => ({ ...size, name: `${size.name}Avif`, formatOptions: avif })),
].map((size) => ({ ...size, generateImageName: freshName }))
