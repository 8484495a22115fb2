import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody'
import { staff } from '../../access/staff'
import { countedFields } from '../../fields/countFields'
import { slugs } from '../../lib/slugs'

/**
 * The daily counts added up per day over every item: the roll-up's days. Added to in the same
 * transaction as each daily row (src/reach/counts.ts); staff read them; written by Siang only.
 */
export const DayCounts: CollectionConfig = {
  slug: slugs.dayCounts,
  labels: {
    singular: { en: 'Day total', lo: 'ລວມລາຍວັນ' },
    plural: { en: 'Day totals', lo: 'ລວມລາຍວັນ' },
  },
  admin: { hidden: true },
  graphQL: false,
  access: { read: staff, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    { name: 'day', type: 'text', required: true, unique: true, label: { en: 'Day', lo: 'ວັນທີ' } },
    ...countedFields,
  ],
}
