import type { CollectionConfig } from 'payload'
import { admins } from '../../access/admins'
import { contentSlugs, slugs } from '../../lib/slugs'
import { nobody } from '../../access/nobody'

/**
 * Every slug a document has been published under, written only by Siang
 * (src/redirects/recordPublishedSlug.ts), so that an old link answers 301 to the page's address
 * now (src/redirects/resolve.ts). One row per collection and slug: when another document is
 * published under a slug, the row moves to it. Not in GraphQL; admins may read it over REST.
 */
export const PublishedSlugs: CollectionConfig = {
  slug: slugs.publishedSlugs,
  labels: {
    singular: { en: 'Published slug', lo: 'ຊື່ໃນລິ້ງທີ່ເຄີຍເຜີຍແຜ່' },
    plural: { en: 'Published slugs', lo: 'ຊື່ໃນລິ້ງທີ່ເຄີຍເຜີຍແຜ່' },
  },
  admin: { hidden: true, useAsTitle: 'key' },
  graphQL: false,
  access: { read: admins, create: nobody, update: nobody, delete: nobody },
  fields: [
    // `{collection}:{slug}`: the one row a slug has in its collection.
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    {
      name: 'collection',
      type: 'select',
      required: true,
      options: contentSlugs.map((value) => ({ value, label: value })),
    },
    { name: 'slug', type: 'text', required: true },
    // The document's id as text: the same on SQLite (numbers) and MongoDB (ObjectIds).
    { name: 'document', type: 'text', required: true, index: true },
  ],
}
