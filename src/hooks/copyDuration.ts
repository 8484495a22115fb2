import type { CollectionBeforeChangeHook } from 'payload'
import { slugs } from '../collections/slugs'

/** Copies `duration` from the media in `field` (audio or video), so lists need no join. */
export function copyDuration(field: string): CollectionBeforeChangeHook {
  return async ({ data, req }) => {
    const ref = data[field]
    if (ref === undefined) return data
    const id = ref && typeof ref === 'object' ? ref.id : ref
    if (id === null || id === undefined || id === '') {
      data.duration = null
      return data
    }
    const media = await req.payload.findByID({
      collection: slugs.media,
      id,
      depth: 0,
      req,
      disableErrors: true,
      select: { duration: true },
    })
    data.duration = (media as { duration?: number | null } | null)?.duration ?? null
    return data
  }
}
