import type {
  CollectionSlug,
  Payload,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'
import { globalSlugs, slugs } from '../lib/slugs'
import { withoutCarriedUpload } from './carriedUpload'

/** The top-level upload fields of a collection that point at media. */
export function mediaFieldsOf(
  collection: SanitizedCollectionConfig,
): { name: string; localized: boolean }[] {
  return collection.flattenedFields
    .filter((f) => f.type === 'upload' && f.relationTo === slugs.media)
    .map((f) => ({ name: f.name, localized: Boolean((f as { localized?: boolean }).localized) }))
}

const idOf = (v: unknown): string | number | null =>
  v && typeof v === 'object'
    ? ((v as { id?: string | number }).id ?? null)
    : ((v as string | number | null) ?? null)

/** The media ids a document refers to through the given fields. */
export function referencedMedia(
  doc: Record<string, unknown> | undefined,
  fields: { name: string }[],
): (string | number)[] {
  if (!doc) return []
  const ids = fields.flatMap(({ name }) => {
    const value = doc[name]
    return (Array.isArray(value) ? value : [value]).map(idOf)
  })
  return [...new Set(ids.filter((id): id is string | number => id !== null && id !== ''))]
}

/** The media the site settings use (the podcast artwork), which every feed shows. */
export const settingsMedia = (settings: { podcast?: { artwork?: unknown } | null } | undefined) =>
  referencedMedia(settings?.podcast ?? undefined, [{ name: 'artwork' }])

/** Whether any live, public document, or the site settings, uses the media. */
async function isUsedPublicly(
  payload: Payload,
  id: string | number,
  req: PayloadRequest,
): Promise<boolean> {
  const settings = await payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0, req })
  if (settingsMedia(settings).includes(id)) return true
  const locales = payload.config.localization
    ? payload.config.localization.localeCodes
    : [undefined]
  for (const collection of payload.config.collections) {
    const fields = mediaFieldsOf(collection)
    if (fields.length === 0) continue
    const uses: Where = { or: fields.map((f) => ({ [f.name]: { in: [id] } })) }
    // Published work counts; among media, a public file counts for its poster and its copy.
    const live: Where | null = collection.versions?.drafts
      ? { _status: { equals: 'published' } }
      : collection.slug === slugs.media
        ? { public: { equals: true } }
        : null
    const where: Where = live ? { and: [uses, live] } : uses
    const anyLocalized = fields.some((f) => f.localized)
    for (const locale of anyLocalized ? locales : [undefined]) {
      const { totalDocs } = await payload.count({
        collection: collection.slug as CollectionSlug,
        where,
        req,
        ...(locale ? { locale: locale as 'lo' } : {}),
      })
      if (totalDocs > 0) return true
    }
  }
  return false
}

/**
 * Media is public only while a published document (or a partner, whose profile is public) uses
 * it. A photo attached to a draft that was never approved stays private.
 */
export async function refreshMediaVisibility(
  req: PayloadRequest,
  ids: (string | number)[],
): Promise<void> {
  const { payload } = req
  for (const id of ids) {
    const media = await payload.findByID({
      collection: slugs.media,
      id,
      depth: 0,
      req,
      disableErrors: true,
    })
    if (!media) continue
    const visible = await isUsedPublicly(payload, id, req)
    if (Boolean((media as { public?: boolean }).public) === visible) continue
    await withoutCarriedUpload(req, () =>
      payload.update({
        collection: slugs.media,
        id,
        data: { public: visible } as never,
        depth: 0,
        req,
        context: { ...req.context, disableRevalidate: true },
      }),
    )
    // A video's poster and a file's data-saver copy follow it.
    for (const field of ['poster', 'lite']) {
      const follower = idOf((media as unknown as Record<string, unknown>)[field])
      if (follower !== null && follower !== id) await refreshMediaVisibility(req, [follower])
    }
  }
}
