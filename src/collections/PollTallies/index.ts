import type { CollectionConfig } from 'payload'
import { glossary } from '../../i18n/glossary'
import { slugs } from '../../lib/slugs'
import { answerContextFields } from '../answerFields'
import { tallyField } from '../../fields/countFields'
import { nobody } from '../../access/nobody'

/**
 * Poll votes, added up: for each poll, option, half-year and profile (each optional), how many
 * chose it (`POST /api/polls/{slug}/votes`, src/answers); no row is one person's. Staff read the roll-up
 * in the reach page. Not in GraphQL, no versions, no times.
 */
export const PollTallies: CollectionConfig = {
  slug: slugs.pollTallies,
  labels: {
    singular: { en: 'Poll votes', lo: `ຄະແນນ${glossary.poll.lo}` },
    plural: { en: 'Poll votes', lo: `ຄະແນນ${glossary.poll.lo}` },
  },
  admin: {
    hidden: true,
    group: { en: 'Reach', lo: 'ການເຂົ້າເຖິງ' },
    defaultColumns: ['poll', 'option', 'period', 'votes', 'ageBand', 'sex', 'province'],
  },
  graphQL: false,
  // No one reads the rows, not even staff: the roll-up (src/reach) shows them with fewer than 5
  // answers as "fewer than 5", and a row could be one person's.
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  indexes: [{ fields: ['poll', 'period'] }],
  fields: [
    {
      name: 'poll',
      type: 'relationship',
      relationTo: slugs.polls,
      required: true,
      label: { en: glossary.poll.en, lo: glossary.poll.lo },
    },
    {
      name: 'option',
      type: 'number',
      required: true,
      min: 0,
      label: { en: 'Option number', lo: 'ລຳດັບຕົວເລືອກ' },
    },
    ...answerContextFields,
    tallyField('votes', { en: 'Votes', lo: 'ຄະແນນ' }),
  ],
}
