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

async function unique(
  base: string,
  prefix: string,
  args: Parameters<FieldHook>[0],
): Promise<string> {
  const { collection, req, originalDoc } = args
  if (!collection) return base
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await req.payload.count({
      collection: collection.slug as CollectionSlug,
      where: {
        and: [
          { slug: { equals: candidate } },
          ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      req,
    })
    if (totalDocs === 0) return candidate
  }
  return readableId(prefix)
}

/**
 * Keeps a slug that is never empty and unique in its collection.
 * - A slug typed by a person is cleaned and kept (a clash is refused by the unique index).
 * - A new document gets one from the English title, else from Latin letters in the title,
 *   else a short readable id, with a number added when it is taken.
 * - A readable id is replaced by the English title's slug when the English title arrives,
 *   as long as the document was never published: published links are never changed.
 */
const ensureSlug =
  (prefix: string): FieldHook =>
  async (args) => {
    const { value, data, originalDoc, req } = args
    const typed = typeof value === 'string' ? slugify(value) : ''
    const current = typeof originalDoc?.slug === 'string' ? originalDoc.slug : ''
    if (typed && typed !== current) return typed
    const english = slugify(titleText(data?.title, req.locale ?? undefined))
    if (current) {
      const isReadableId = new RegExp(`^${prefix}-[a-z2-9]{6}$`).test(current)
      const neverPublished = !originalDoc?.publishedAt && originalDoc?._status !== 'published'
      if (isReadableId && neverPublished && english && req.locale === 'en') {
        return unique(english, prefix, args)
      }
      return current
    }
    return unique(english || readableId(prefix), prefix, args)
  }

export function slugField(prefix: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    label: { en: 'Slug', lo: 'ຊື່ໃນລິ້ງ' },
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
