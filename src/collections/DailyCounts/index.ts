import type { Access, CollectionConfig } from 'payload'
import { checkRole } from '../../access/checkRole'
import { ownPartnerId } from '../../access/ownPartner'
import { roleGroups } from '../../lib/roles'
import { slugs } from '../../lib/slugs'
import { nobody } from '../../access/nobody'

/** Staff see every count; a partner user sees its own partner's, and nothing else. */
const readCounts: Access = ({ req: { user } }) => {
  if (checkRole(roleGroups.staff, user)) return true
  if (!user || !checkRole(roleGroups.partners, user)) return false
  const id = ownPartnerId(user)
  return id === undefined ? false : { partner: { equals: id } }
}

/**
 * Daily aggregates of loads and plays, per item, source and partner. Written only by the beacon
 * and by podcast apps' downloads (src/reach/counts.ts): no cookies, no IP address, no visitor
 * id; just numbers per day.
 */
export const DailyCounts: CollectionConfig = {
  slug: slugs.dailyCounts,
  labels: {
    singular: { en: 'Daily count', lo: 'ສະຖິຕິລາຍວັນ' },
    plural: { en: 'Plays and views', lo: 'ການຫຼິ້ນ ແລະ ການເບິ່ງ' },
  },
  admin: {
    group: { en: 'Reach', lo: 'ການເຂົ້າເຖິງ' },
    defaultColumns: ['day', 'type', 'slug', 'partner', 'views', 'plays'],
    description: {
      en: 'Loads and plays of the players, per day. Partners see their own embeds only.',
      lo: 'ຈຳນວນການໂຫຼດ ແລະ ການຫຼິ້ນ ຕໍ່ມື້. ຄູ່ຮ່ວມງານເຫັນສະເພາະຂອງຕົນ.',
    },
  },
  defaultSort: '-day',
  access: { read: readCounts, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['day', 'type', 'slug', 'source', 'partner'] }],
  fields: [
    { name: 'day', type: 'text', required: true, index: true, label: { en: 'Day', lo: 'ວັນທີ' } },
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
    {
      name: 'views',
      type: 'number',
      defaultValue: 0,
      min: 0,
      label: { en: 'Loads', lo: 'ການໂຫຼດ' },
    },
    {
      name: 'plays',
      type: 'number',
      defaultValue: 0,
      min: 0,
      label: { en: 'Plays', lo: 'ການຫຼິ້ນ' },
    },
  ],
}
