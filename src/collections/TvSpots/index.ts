import type { CollectionConfig } from 'payload'
import { captionsField, mediaField } from '../../fields/mediaFields'
import { contentCollection } from '../content'
import { slugs } from '../../lib/slugs'
import { glossary, labelsOf } from '../../i18n/glossary'

export const TvSpots: CollectionConfig = contentCollection({
  slug: slugs.tvSpots,
  embeddable: true,
  inFeeds: true,
  idPrefix: 'tv',
  labels: labelsOf(glossary.tvSpot),
  durationFrom: 'video',
  fields: [
    mediaField({ name: 'video', kind: 'video', label: { en: 'Video', lo: 'ວິດີໂອ' } }),
    captionsField(),
    { name: 'script', type: 'richText', localized: true, label: { en: 'Script', lo: 'ບົດ' } },
  ],
})
