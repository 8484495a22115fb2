import type { CollectionConfig } from 'payload'
import { ownPartnerCounts } from '../../access/ownPartnerCounts'
import { countedItemFields } from '../../fields/countFields'
import { slugs } from '../../lib/slugs'
import { nobody } from '../../access/nobody'

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
  access: { read: ownPartnerCounts, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['day', 'type', 'slug', 'source', 'partner'] }],
  fields: [
    { name: 'day', type: 'text', required: true, index: true, label: { en: 'Day', lo: 'ວັນທີ' } },
    ...countedItemFields,
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
