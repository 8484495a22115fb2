import type { CollectionConfig } from 'payload'
import { durationField, mediaField } from '../../fields/mediaFields'
import { copyDuration } from '../../hooks/copyDuration'
import { contentCollection } from '../content'
import { slugs } from '../slugs'

export const TvSpots: CollectionConfig = contentCollection({
  slug: slugs.tvSpots,
  idPrefix: 'tv',
  labels: {
    singular: { en: 'TV spot', lo: 'ສະປອດໂທລະທັດ' },
    plural: { en: 'TV spots', lo: 'ສະປອດໂທລະທັດ' },
  },
  hooks: { beforeChange: [copyDuration('video')] },
  fields: [
    mediaField({ name: 'video', kind: 'video', label: { en: 'Video', lo: 'ວິດີໂອ' } }),
    mediaField({
      name: 'captions',
      kind: 'captions',
      localized: true,
      label: { en: 'Captions (WebVTT)', lo: 'ຄຳບັນຍາຍ (WebVTT)' },
    }),
    { name: 'script', type: 'richText', localized: true, label: { en: 'Script', lo: 'ບົດ' } },
    durationField,
  ],
})
