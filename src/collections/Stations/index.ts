import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { checkRole } from '../../access/checkRole'
import { staff } from '../../access/staff'
import { mustExist } from '../../fields/mustExist'
import { assertAssignable, assertEditable } from '../../hooks/editorialScope'
import { refIds } from '../../hooks/provinceScope'
import { sayFor } from '../../i18n/admin'
import { isProvincialOnly } from '../../lib/roles'
import { slugs } from '../slugs'

const mine = (user: unknown) => (user as { provinces?: unknown } | null)?.provinces

/**
 * National editors and admins keep every station; a provincial editor only those of its own
 * provinces (the station's province is checked on every write, below).
 */
const stationWriters: Access = ({ req: { user } }) => {
  if (!checkRole(['admin', 'editor', 'provincial-editor'], user)) return false
  if (!isProvincialOnly(user)) return true
  return { province: { in: refIds(mine(user)) } }
}

/** A provincial editor may neither make a station elsewhere nor move one out of its provinces. */
const keepInProvince: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (!isProvincialOnly(req.user)) return data
  const say = sayFor(req)
  if (operation === 'update')
    assertEditable({ provinces: [originalDoc.province] }, mine(req.user), say)
  assertAssignable(
    [data.province ?? (operation === 'update' ? originalDoc?.province : null)],
    mine(req.user),
    say,
  )
  return data
}

/** The radio and TV stations that air the campaign's spots and dramas. Staff only. */
export const Stations: CollectionConfig = {
  slug: slugs.stations,
  labels: {
    singular: { en: 'Station', lo: 'ສະຖານີ' },
    plural: { en: 'Stations', lo: 'ສະຖານີ' },
  },
  admin: {
    useAsTitle: 'name',
    group: { en: 'Reach', lo: 'ການເຂົ້າເຖິງ' },
    defaultColumns: ['name', 'kind', 'province', 'frequency'],
  },
  access: { read: staff, create: stationWriters, update: stationWriters, delete: stationWriters },
  hooks: { beforeChange: [keepInProvince] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { en: 'Name', lo: 'ຊື່' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'radio', label: { en: 'Radio', lo: 'ວິທະຍຸ' } },
        { value: 'tv', label: { en: 'TV', lo: 'ໂທລະທັດ' } },
      ],
      label: { en: 'Radio or TV', lo: 'ວິທະຍຸ ຫຼື ໂທລະທັດ' },
    },
    {
      name: 'province',
      type: 'relationship',
      relationTo: slugs.provinces,
      required: true,
      index: true,
      filterOptions: mustExist,
      label: { en: 'Province', lo: 'ແຂວງ' },
    },
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
