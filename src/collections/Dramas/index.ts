import type { CollectionConfig } from 'payload'
import { mediaField } from '../../fields/mediaFields'
import { contentCollection } from '../content'
import { slugs } from '../../lib/slugs'
import { glossary, labelsOf } from '../../i18n/glossary'

export const Dramas: CollectionConfig = contentCollection({
  slug: slugs.dramas,
  idPrefix: 'drama',
  labels: labelsOf(glossary.drama),
  defaultColumns: ['title', 'format', '_status', 'updatedAt'],
  fields: [
    {
      name: 'format',
      type: 'select',
      required: true,
      defaultValue: 'short',
      options: [
        { value: 'short', label: { en: 'Short drama', lo: 'ລະຄອນສັ້ນ' } },
        { value: 'long', label: { en: 'Long drama (series)', lo: 'ລະຄອນຍາວ' } },
      ],
      label: { en: 'Format', lo: 'ຮູບແບບ' },
    },
    {
      name: 'synopsis',
      type: 'richText',
      localized: true,
      label: { en: 'Synopsis', lo: 'ເລື່ອງຫຍໍ້' },
    },
    mediaField({ name: 'poster', kind: 'image', label: { en: 'Poster', lo: 'ໂປສເຕີ' } }),
    mediaField({ name: 'trailer', kind: 'video', label: { en: 'Trailer', lo: 'ຕົວຢ່າງ' } }),
    {
      name: 'castAndCrew',
      type: 'array',
      label: { en: 'Cast and crew', lo: 'ນັກສະແດງ ແລະ ທີມງານ' },
      labels: {
        singular: { en: 'Cast or crew member', lo: 'ນັກສະແດງ ຫຼື ທີມງານ' },
        plural: { en: 'Cast and crew', lo: 'ນັກສະແດງ ແລະ ທີມງານ' },
      },
      fields: [
        { name: 'name', type: 'text', required: true, label: { en: 'Name', lo: 'ຊື່' } },
        { name: 'role', type: 'text', localized: true, label: { en: 'Role', lo: 'ບົດບາດ' } },
      ],
    },
    {
      name: 'episodes',
      type: 'join',
      collection: slugs.episodes,
      on: 'drama',
      defaultSort: 'number',
      label: { en: 'Episodes', lo: 'ຕອນ' },
    },
  ],
})
