/** @jsxImportSource preact */
import type { Media } from '@/payload-types'
import { savesData, sizeFor } from '@/site/saveData'
import { sitePath as mediaPath } from '@/site/urls'

type Size = 'thumbnail' | 'card' | 'hero'

/**
 * An uploaded picture at one of its generated sizes: AVIF for browsers that take it, WebP
 * otherwise, with its width and height so that nothing jumps while it loads. A visitor who
 * saves data gets the next size down.
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
  const chosen = sizeFor(size, savesData())
  const webp = media.sizes?.[chosen]
  const avif = media.sizes?.[`${chosen}Avif`]
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
        fetchpriority={priority ? 'high' : undefined}
        decoding="async"
      />
    </picture>
  )
}
