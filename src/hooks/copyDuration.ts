import type { CollectionBeforeChangeHook } from 'payload'
import { slugs } from '../lib/slugs'

/** Copies `duration` from the media in `field` (audio or video), so lists need no join. */
export function copyDuration(field: string): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req }) => {
    const ref = data[field]
    if (ref === undefined) return data
    const id = ref && typeof ref === 'object' ? ref.id : ref
    // The admin sends every field on every (auto)save; only a new file needs a lookup.
    const before = originalDoc?.[field]
    const beforeId = before && typeof before === 'object' ? before.id : before
    if (id === beforeId && typeof originalDoc?.duration === 'number') {
      data.duration = originalDoc.duration
      return data
    }
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
