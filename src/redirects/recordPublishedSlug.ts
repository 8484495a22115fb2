import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { slugs } from '../lib/slugs'
import { afterCommit } from '../db/failedWrites'
import { expireTags } from '../site/freshness'
import { tags } from '../site/tags'

const keyOf = (collection: string, slug: string) => `${collection}:${slug}`

/** Every slug the document was published under, this one included. */
async function slugsOf(collection: string, id: string, req: PayloadRequest): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: slugs.publishedSlugs,
    where: { and: [{ collection: { equals: collection } }, { document: { equals: id } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((row) => row.slug)
}

/**
 * Records the slug a document is published under (src/collections/PublishedSlugs), in the same
 * transaction as the publish. The row of a slug another document had moves to this one: a slug
 * reused goes to its new owner. When a row is new or moves, the pages under every slug this
 * document ever had are expired: their old addresses now redirect to the new one (and when the
 * admin autosaved the new slug as a draft first, the write's own previous slug is not the
 * published one, so freshness alone would miss it).
 */
export const recordPublishedSlug: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const slug = typeof doc?.slug === 'string' ? doc.slug : ''
  if (doc?._status !== 'published' || !slug) return doc
  const id = String(doc.id)
  const key = keyOf(collection.slug, slug)
  const { docs } = await req.payload.find({
    collection: slugs.publishedSlugs,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const row = docs[0]
  if (row?.document === id) return doc
  if (row)
    await req.payload.update({
      collection: slugs.publishedSlugs,
      id: row.id,
      data: { document: id },
      overrideAccess: true,
      req,
    })
  else
    await req.payload.create({
      collection: slugs.publishedSlugs,
      data: { key, collection: collection.slug as never, slug, document: id },
      overrideAccess: true,
      req,
    })
  const all = await slugsOf(collection.slug, id, req)
  await afterCommit(req, () =>
    expireTags(
      all.map((s) => tags.doc(collection.slug, s)),
      req,
    ),
  )
  return doc
}

/**
 * A deleted document's slugs are forgotten with it, in the same transaction: SQLite may give its
 * id to the next document made, which must not inherit the old addresses.
 */
export const forgetPublishedSlugs: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await req.payload.delete({
    collection: slugs.publishedSlugs,
    where: {
      and: [{ collection: { equals: collection.slug } }, { document: { equals: String(doc.id) } }],
    },
    overrideAccess: true,
    req,
  })
  return doc
}
