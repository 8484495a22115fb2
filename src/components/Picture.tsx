import type { Media } from '@/payload-types'
import { mediaPath } from './Players'

type Size = 'thumbnail' | 'card' | 'hero'

/**
 * An uploaded picture at one of its generated sizes: AVIF for browsers that take it, WebP
 * otherwise, with its width and height so that nothing jumps while it loads.
 */
export function Picture({
  media,
  size,
  alt,
  priority = false,
}: {
  media: Media | number | null | undefined
  size: Size
  alt?: string
  priority?: boolean
}) {
  if (!media || typeof media === 'number') return null
  const webp = media.sizes?.[size]
  const avif = media.sizes?.[`${size}Avif`]
  const src = mediaPath(webp?.url ?? media.url)
  if (!src) return null
  return (
    <picture>
      {avif?.url && <source type="image/avif" srcSet={mediaPath(avif.url)} />}
      <img
        src={src}
        width={webp?.width ?? media.width ?? undefined}
        height={webp?.height ?? media.height ?? undefined}
        alt={alt ?? media.alt ?? ''}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
      />
    </picture>
  )
}
