/**
 * What podcast apps accept as artwork (Apple Podcasts' and Spotify's published rules): a square
 * JPEG or PNG of 1400 to 3000 pixels. A feed's channel artwork must fit (it is checked when
 * chosen in the site settings); an item's own artwork should, and the admin flags one that does
 * not (src/components/admin/ArtworkCheck.tsx).
 */
export const ARTWORK_MIN = 1400
export const ARTWORK_MAX = 3000
const ARTWORK_TYPES = ['image/jpeg', 'image/png']

export type Picture = { width?: number | null; height?: number | null; mimeType?: string | null }

export const isSquareEnough = ({ width, height }: Picture): boolean =>
  Boolean(width && height && width === height && width >= ARTWORK_MIN)

export const fitsPodcastArtwork = (picture: Picture): boolean =>
  isSquareEnough(picture) &&
  (picture.width ?? 0) <= ARTWORK_MAX &&
  ARTWORK_TYPES.includes(picture.mimeType ?? '')

/** "1200 × 800 image/webp", for messages. */
export const pictureSize = ({ width, height, mimeType }: Picture): string =>
  `${width ?? '?'} × ${height ?? '?'}${mimeType ? ` ${mimeType}` : ''}`
