import type { CollectionConfig } from 'payload'
import { durationField, mediaField } from '../../fields/mediaFields'
import { copyDuration } from '../../hooks/copyDuration'
import { performanceLanguages } from '../../lib/audiences'
import { contentCollection } from '../content'
import { slugs } from '../slugs'

export const RadioSpots: CollectionConfig = contentCollection({
  slug: slugs.radioSpots,
  idPrefix: 'radio',
  labels: {
    singular: { en: 'Radio spot', lo: 'ສະປອດວິທະຍຸ' },
    plural: { en: 'Radio spots', lo: 'ສະປອດວິທະຍຸ' },
  },
  hooks: { beforeChange: [copyDuration('audio')] },
  fields: [
    mediaField({ name: 'audio', kind: 'audio', label: { en: 'Audio', lo: 'ສຽງ' } }),
    { name: 'script', type: 'richText', localized: true, label: { en: 'Script', lo: 'ບົດ' } },
    {
      name: 'spotLength',
      type: 'number',
      min: 1,
      max: 3600,
      label: { en: 'Spot length (seconds)', lo: 'ຄວາມຍາວ (ວິນາທີ)' },
      admin: {
        description: { en: 'The booked length: 15, 30, 60…', lo: 'ຄວາມຍາວທີ່ຈອງ: 15, 30, 60…' },
      },
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'lo',
      options: performanceLanguages.map(({ value, label }) => ({ value, label: { ...label } })),
      label: { en: 'Language or dialect', lo: 'ພາສາ' },
    },
    durationField,
  ],
})
