import type { CollectionConfig } from 'payload'
import { languageField } from '../../fields/languageField'
import { mediaField } from '../../fields/mediaFields'
import { contentCollection } from '../content'
import { slugs } from '../../lib/slugs'
import { glossary, labelsOf } from '../../i18n/glossary'

export const RadioSpots: CollectionConfig = contentCollection({
  slug: slugs.radioSpots,
  embeddable: true,
  inFeeds: true,
  idPrefix: 'radio',
  labels: labelsOf(glossary.radioSpot),
  durationFrom: 'audio',
  // spotLength is the one length on the form; the audio's measured duration is kept unshown.
  durationHidden: true,
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
    languageField({ en: 'Language or dialect', lo: 'ພາສາ' }),
  ],
})
