import type { Field } from 'payload'
import { audiences } from '../lib/audiences'
import { slugs } from '../lib/slugs'
import { glossary, pluralOf } from '../i18n/glossary'
import { mustExist } from './mustExist'

/**
 * The relations every public content type carries: campaigns, topics, provinces and audiences.
 * Partner sites and the public site filter on these.
 */
export function taxonomyFields(): Field[] {
  return [
    {
      name: 'campaigns',
      type: 'relationship',
      relationTo: slugs.campaigns,
      hasMany: true,
      filterOptions: mustExist,
      label: pluralOf(glossary.campaign),
      admin: { position: 'sidebar' },
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: slugs.topics,
      hasMany: true,
      filterOptions: mustExist,
      label: pluralOf(glossary.topic),
      admin: { position: 'sidebar' },
    },
    {
      name: 'provinces',
      type: 'relationship',
      relationTo: slugs.provinces,
      hasMany: true,
      filterOptions: mustExist,
      label: pluralOf(glossary.province),
      admin: {
        position: 'sidebar',
        description: {
          en: 'Where this material is for. Provincial editors may only choose their own provinces.',
          lo: 'ເນື້ອຫາສຳລັບແຂວງໃດ. ບັນນາທິການແຂວງເລືອກໄດ້ສະເພາະແຂວງຂອງຕົນ.',
        },
      },
    },
    {
      name: 'audiences',
      type: 'select',
      hasMany: true,
      options: audiences.map(({ value, label }) => ({ value, label: { ...label } })),
      label: { en: 'Audiences', lo: 'ກຸ່ມເປົ້າໝາຍ' },
      admin: { position: 'sidebar' },
    },
  ]
}

export const publishedAtField: Field = {
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: { en: 'Published at', lo: 'ວັນທີເຜີຍແຜ່' },
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  hooks: {
    // Stamped on first publish, so lists can sort by it; an editor may set it by hand.
    beforeChange: [
      ({ value, siblingData }) =>
        !value && siblingData?._status === 'published' ? new Date().toISOString() : value,
    ],
  },
}

/** The one province a reach record belongs to (a station, a report): required and indexed. */
export const provinceField: Field = {
  name: 'province',
  type: 'relationship',
  relationTo: slugs.provinces,
  required: true,
  index: true,
  filterOptions: mustExist,
  label: { en: 'Province', lo: 'ແຂວງ' },
}
