import type { CollectionConfig } from 'payload'
import { glossary } from '../../i18n/glossary'
import { slugs } from '../../lib/slugs'
import { nobody } from '../../access/nobody'

/**
 * Which devices have voted in which poll, so that a device votes once: a hash of the poll and the
 * device's random token, and nothing else (no option, no profile, no time), so a vote cannot be
 * traced back to a device nor two polls' votes linked. Written only by
 * `POST /api/polls/{slug}/votes` (src/answers); read by no one through the API.
 */
export const PollVoters: CollectionConfig = {
  slug: slugs.pollVoters,
  labels: {
    singular: { en: 'Poll voter', lo: `ຜູ້ລົງຄະແນນ${glossary.poll.lo}` },
    plural: { en: 'Poll voters', lo: `ຜູ້ລົງຄະແນນ${glossary.poll.lo}` },
  },
  admin: { hidden: true },
  graphQL: false,
  timestamps: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['poll', 'voter'], unique: true }],
  fields: [
    {
      name: 'poll',
      type: 'relationship',
      relationTo: slugs.polls,
      required: true,
      label: { en: glossary.poll.en, lo: glossary.poll.lo },
    },
    {
      name: 'voter',
      type: 'text',
      required: true,
      label: { en: 'Device (hashed)', lo: 'ອຸປະກອນ (ເຂົ້າລະຫັດ)' },
    },
  ],
}
