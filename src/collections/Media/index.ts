import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { contentEditors } from '../../access/contentEditors'
import { contentWriters } from '../../access/contentWriters'
import { resolveMediaDir } from '../../lib/env'
import { slugs } from '../slugs'

/** Uploaded files. Stored in MEDIA_DIR (never under public/) and served by Payload. */
export const Media: CollectionConfig = {
  slug: slugs.media,
  labels: {
    singular: { en: 'Media', lo: 'ສື່' },
    plural: { en: 'Media', lo: 'ສື່' },
  },
  admin: { group: { en: 'Content', lo: 'ເນື້ອຫາ' }, defaultColumns: ['filename', 'alt', 'mimeType'] },
  access: { read: anyone, create: contentEditors, update: contentWriters, delete: contentWriters },
  upload: {
    staticDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), resolveMediaDir()),
    mimeTypes: ['image/*', 'audio/*', 'video/*', 'text/vtt'],
  },
  fields: [
    { name: 'alt', type: 'text', localized: true, label: { en: 'Alt text', lo: 'ຄຳອະທິບາຍຮູບ' } },
    {
      name: 'duration',
      type: 'number',
      label: { en: 'Duration (seconds)', lo: 'ໄລຍະເວລາ (ວິນາທີ)' },
      admin: { readOnly: true },
    },
  ],
}
