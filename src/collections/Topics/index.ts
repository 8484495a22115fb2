import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { nationalEditors } from '../../access/nationalEditors'
import { slugField } from '../../fields/slugField'
import { titleField } from '../../fields/titleField'
import { slugs } from '../../lib/slugs'
import { glossary, labelsOf } from '../../i18n/glossary'

export const Topics: CollectionConfig = {
  slug: slugs.topics,
  labels: labelsOf(glossary.topic),
  admin: { useAsTitle: 'title', group: { en: 'Taxonomy', lo: 'ການຈັດໝວດ' } },
  access: {
    read: anyone,
    create: nationalEditors,
    update: nationalEditors,
    delete: nationalEditors,
  },
  fields: [titleField(), slugField('topic')],
}
