import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { contentWriters } from '../../access/contentWriters'
import { slugField } from '../../fields/slugField'
import { titleField } from '../../fields/titleField'
import { slugs } from '../slugs'
import { glossary, labelsOf } from '../../i18n/glossary'

export const Topics: CollectionConfig = {
  slug: slugs.topics,
  labels: labelsOf(glossary.topic),
  admin: { useAsTitle: 'title', group: { en: 'Taxonomy', lo: 'ການຈັດໝວດ' } },
  access: { read: anyone, create: contentWriters, update: contentWriters, delete: contentWriters },
  fields: [titleField(), slugField('topic')],
}
