import type { CollectionConfig } from 'payload'
import { keepWithinOwnProvinces, ownProvinceAccess } from '../../access/provinces'
import { staff } from '../../access/staff'
import { provinceField } from '../../fields/taxonomyFields'
import { slugs } from '../../lib/slugs'
import { glossary, labelsOf } from '../../i18n/glossary'

/** A provincial editor keeps its own provinces' stations, and cannot move one out of them. */
const writers = ownProvinceAccess('province')

/** The radio and TV stations that air the campaign's spots and dramas. Staff only. */
export const Stations: CollectionConfig = {
  slug: slugs.stations,
  labels: labelsOf(glossary.station),
  admin: {
    useAsTitle: 'name',
    group: { en: 'Reach', lo: 'ການເຂົ້າເຖິງ' },
    defaultColumns: ['name', 'kind', 'province', 'frequency'],
  },
  access: { read: staff, create: writers, update: writers, delete: writers },
  hooks: { beforeChange: [keepWithinOwnProvinces((_, doc) => doc.province)] },
  fields: [
    // In both languages: the reach page and report name a station in their own language, and a
    // station's log may name it either way (src/reach/importCheck.ts).
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Name', lo: 'ຊື່' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'radio', label: glossary.radio },
        { value: 'tv', label: glossary.tv },
      ],
      label: { en: 'Radio or TV', lo: `${glossary.radio.lo} ຫຼື ${glossary.tv.lo}` },
    },
    provinceField,
    {
      name: 'frequency',
      type: 'text',
      label: { en: 'Frequency or channel', lo: 'ຄື້ນ ຫຼື ຊ່ອງ' },
      admin: {
        description: { en: 'For example FM 103.7 or Channel 9.', lo: 'ເຊັ່ນ FM 103.7 ຫຼື ຊ່ອງ 9.' },
      },
    },
    {
      name: 'contact',
      type: 'group',
      label: { en: 'Contact', lo: 'ຜູ້ຕິດຕໍ່' },
      fields: [
        { name: 'person', type: 'text', label: { en: 'Name', lo: 'ຊື່' } },
        { name: 'phone', type: 'text', label: { en: 'Phone', lo: 'ເບີໂທ' } },
        { name: 'email', type: 'email', label: { en: 'Email', lo: 'ອີເມວ' } },
      ],
    },
  ],
}
