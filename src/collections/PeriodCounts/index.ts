import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody'
import { ownPartnerCounts } from '../../access/ownPartnerCounts'
import { countedFields, countedItemFields } from '../../fields/countFields'
import { slugs } from '../../lib/slugs'

/**
 * The daily counts added up per half-year, item, source and partner: what the reach roll-up
 * reads, thousands of rows where the daily ones are millions. Added to in the same transaction
 * as each daily row (src/reach/counts.ts); read as the daily rows are; written by Siang only.
 */
export const PeriodCounts: CollectionConfig = {
  slug: slugs.periodCounts,
  labels: {
    singular: { en: 'Half-year count', lo: 'ສະຖິຕິລາຍເຄິ່ງປີ' },
    plural: { en: 'Half-year counts', lo: 'ສະຖິຕິລາຍເຄິ່ງປີ' },
  },
  admin: { hidden: true },
  graphQL: false,
  access: { read: ownPartnerCounts, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  indexes: [{ fields: ['period', 'type', 'slug', 'source', 'partner'] }],
  fields: [
    { name: 'period', type: 'text', required: true, label: { en: 'Half-year', lo: 'ເຄິ່ງປີ' } },
    ...countedItemFields,
    ...countedFields,
  ],
}
