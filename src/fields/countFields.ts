import type { Field } from 'payload'
import { slugs } from '../lib/slugs'

/** A number Siang adds to, never below 0 by the API. */
export const tallyField = (name: string, label: { en: string; lo: string }): Field => ({
  name,
  type: 'number',
  required: true,
  defaultValue: 0,
  min: 0,
  label,
})

/** What a count is of: the item (its collection and slug), where it was seen, whose embed. */
export const countedItemFields: Field[] = [
  { name: 'type', type: 'text', required: true, label: { en: 'Type', lo: 'ປະເພດ' } },
  { name: 'slug', type: 'text', required: true, label: { en: 'Item', lo: 'ລາຍການ' } },
  {
    name: 'source',
    type: 'select',
    required: true,
    options: [
      { value: 'site', label: { en: 'Siang site', lo: 'ເວັບໄຊສຽງ' } },
      { value: 'embed', label: { en: 'Embedded player', lo: 'ເຄື່ອງຫຼິ້ນທີ່ຝັງ' } },
      { value: 'podcast', label: { en: 'Podcast apps', lo: 'ແອັບພອດແຄສ' } },
    ],
    label: { en: 'Where', lo: 'ບ່ອນ' },
  },
  {
    name: 'partner',
    type: 'relationship',
    relationTo: slugs.partners,
    index: true,
    label: { en: 'Partner', lo: 'ຄູ່ຮ່ວມງານ' },
  },
]

/** Loads and plays. */
export const countedFields: Field[] = [
  tallyField('views', { en: 'Loads', lo: 'ການໂຫຼດ' }),
  tallyField('plays', { en: 'Plays', lo: 'ການຫຼິ້ນ' }),
]
