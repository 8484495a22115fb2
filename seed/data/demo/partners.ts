import type { DemoPartner } from './types'

/** Two fictional partners for the demo. Names, people and addresses are invented. */
export const partners: DemoPartner[] = [
  {
    slug: 'dao-nuea-youth-radio',
    title: {
      lo: 'ເຄືອຂ່າຍວິທະຍຸຊາວໜຸ່ມດາວເໜືອ',
      en: 'Dao Nuea Youth Radio Network',
    },
    kind: 'media',
    website: 'https://example.org/dao-nuea-youth-radio',
    contacts: [
      { name: 'Phetsamone Keomany', email: 'phetsamone@example.org' },
      { name: 'Anousone Sihalath', email: 'anousone@example.org' },
    ],
    allowedEmbedOrigins: ['https://radio.example.org'],
  },
  {
    slug: 'khua-saeng-association',
    title: {
      lo: 'ສະມາຄົມຂົວແສງ',
      en: 'Khua Saeng (Bridge of Light) Association',
    },
    kind: 'ngo',
    website: 'https://example.org/khua-saeng',
    contacts: [{ name: 'Manivone Saengdao', email: 'manivone@example.org' }],
    allowedEmbedOrigins: ['https://www.example.org'],
  },
]
