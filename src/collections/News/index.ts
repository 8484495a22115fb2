import type { CollectionConfig } from 'payload'
import { mediaField } from '../../fields/mediaFields'
import { contentCollection } from '../content'
import { slugs } from '../../lib/slugs'
import { glossary, labelsOf } from '../../i18n/glossary'

export const News: CollectionConfig = contentCollection({
  slug: slugs.news,
  idPrefix: 'news',
  labels: labelsOf(glossary.news),
  fields: [
    { name: 'excerpt', type: 'textarea', localized: true, label: { en: 'Excerpt', lo: 'ບົດຫຍໍ້' } },
    { name: 'body', type: 'richText', localized: true, label: { en: 'Body', lo: 'ເນື້ອໃນ' } },
    mediaField({ name: 'heroImage', kind: 'image', label: { en: 'Hero image', lo: 'ຮູບຫຼັກ' } }),
    { name: 'author', type: 'text', localized: true, label: { en: 'Author', lo: 'ຜູ້ຂຽນ' } },
  ],
})
