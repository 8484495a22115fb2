import type { CollectionConfig } from 'payload'
import { captionsField, mediaField } from '../../fields/mediaFields'
import { mustExist } from '../../fields/mustExist'
import { contentCollection } from '../content'
import { slugs } from '../../lib/slugs'
import { glossary, labelsOf } from '../../i18n/glossary'

export const Episodes: CollectionConfig = contentCollection({
  slug: slugs.episodes,
  embeddable: true,
  inFeeds: true,
  idPrefix: 'episode',
  labels: labelsOf(glossary.episode),
  defaultColumns: ['title', 'drama', 'number', '_status'],
  durationFrom: 'video',
  fields: [
    {
      name: 'drama',
      type: 'relationship',
      relationTo: slugs.dramas,
      required: true,
      index: true,
      filterOptions: mustExist,
      label: { en: 'Drama', lo: 'ລະຄອນ' },
    },
    {
      name: 'number',
      type: 'number',
      required: true,
      min: 1,
      label: { en: 'Episode number', lo: 'ຕອນທີ' },
    },
    {
      name: 'season',
      type: 'number',
      min: 1,
      label: { en: 'Season', lo: 'ລະດູການ' },
      admin: {
        description: {
          en: 'For a series told in seasons; podcast apps group episodes by it.',
          lo: 'ສຳລັບລະຄອນທີ່ມີຫຼາຍລະດູການ; ແອັບພອດແຄສຈັດກຸ່ມຕອນຕາມນີ້.',
        },
      },
    },
    mediaField({ name: 'video', kind: 'video', label: { en: 'Video', lo: 'ວິດີໂອ' } }),
    captionsField(),
    {
      name: 'transcript',
      type: 'richText',
      localized: true,
      label: { en: 'Transcript', lo: 'ບົດເວົ້າ' },
    },
  ],
})
