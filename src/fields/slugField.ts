import type { CollectionSlug, FieldHook, TextField } from 'payload'
import { readableId, slugify } from '../lib/slugify'

function titleText(title: unknown, locale: string | undefined): string {
  if (typeof title === 'string') return title
  // With locale 'all' a localized title arrives as { lo, en }.
  if (title && typeof title === 'object') {
    const byLocale = title as Record<string, unknown>
    const pick = byLocale.en ?? (locale ? byLocale[locale] : undefined)
    return typeof pick === 'string' ? pick : ''
  }
  return ''
}

/**
 * Keeps a slug that is never empty and unique in its collection. A slug typed by a person is
 * cleaned and kept. Otherwise one is made from the English title, then from Latin letters in
 * the title, then a short readable id, and a number is added when it is already taken.
 */
const ensureSlug =
  (prefix: string): FieldHook =>
  async ({ value, data, originalDoc, req, collection, operation }) => {
    const typed = typeof value === 'string' ? slugify(value) : ''
    if (typed) return typed
    if (operation === 'update' && originalDoc?.slug) return originalDoc.slug as string

    const base = slugify(titleText(data?.title, req.locale ?? undefined)) || readableId(prefix)
    if (!collection) return base
    for (let n = 1; n < 50; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as CollectionSlug,
        where: { slug: { equals: candidate } },
        req,
      })
      if (totalDocs === 0) return candidate
    }
    return readableId(base)
  }

export function slugField(prefix: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    label: { en: 'Slug', lo: 'ລິ້ງ (slug)' },
    admin: {
      position: 'sidebar',
      description: {
        en: 'The address of this item. Made from the English title when empty; keep it short.',
        lo: 'ທີ່ຢູ່ຂອງລາຍການນີ້. ຖ້າປ່ອຍວ່າງ ຈະສ້າງຈາກຊື່ພາສາອັງກິດ.',
      },
    },
    hooks: { beforeValidate: [ensureSlug(prefix)] },
  }
}
