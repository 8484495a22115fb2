import type { L, ProvinceCode, TopicSlug } from './types'
import type { Platform } from '../../../src/lib/platforms'

/**
 * Work under way on the day the seed runs, so that the admin's dashboard and social media
 * calendar show something on a fresh install: items in review, sent back, scheduled and just
 * published. `day` counts days from the seed's day in Lao time, `time` is Lao wall-clock time.
 * All are for Savannakhet, the demo provincial editor's province, who wrote them; the published
 * post avoids the words the search tests measure (tests/http/search.test.ts).
 */
export type DeskItem = {
  slug: string
  collection: 'news' | 'social-posts'
  /** Where it stands: in review, sent back with `comment`, approved and queued, or out. */
  stage: 'in-review' | 'changes-requested' | 'scheduled' | 'published'
  title: L
  text: L
  comment?: string
  day: number
  time: string
  platforms?: Platform[]
  hashtags?: string[]
  topics: TopicSlug[]
  provinces: ProvinceCode[]
}

export const desk: DeskItem[] = [
  {
    slug: 'desk-savannakhet-youth-forum',
    collection: 'news',
    stage: 'in-review',
    title: {
      lo: 'ເວທີຊາວໜຸ່ມແຂວງສະຫວັນນະເຂດ: ເດີນທາງໄປເຮັດວຽກຢ່າງປອດໄພ',
      en: 'Savannakhet youth forum: travelling safely for work',
    },
    text: {
      lo: 'ນັກຮຽນ ແລະ ຊາວໜຸ່ມກວ່າ 120 ຄົນ ໄດ້ເຂົ້າຮ່ວມເວທີສົນທະນາ ກ່ຽວກັບການກວດສອບບໍລິສັດຈັດຫາງານ ກ່ອນເດີນທາງໄປເຮັດວຽກ.',
      en: 'More than 120 students and young people took part in a forum on checking recruitment companies before travelling for work.',
    },
    day: 0,
    time: '09:00',
    topics: ['safe-migration'],
    provinces: ['LA-SV'],
  },
  {
    slug: 'desk-border-market-reminder',
    collection: 'social-posts',
    stage: 'in-review',
    title: { lo: 'ຕະຫຼາດຊາຍແດນ: ຖາມກ່ອນຕອບຮັບ', en: 'Border market: ask before you say yes' },
    text: {
      lo: 'ມີຄົນຊວນໄປເຮັດວຽກທີ່ຕະຫຼາດຊາຍແດນບໍ? ຖາມຊື່ບໍລິສັດ, ເງິນເດືອນ ແລະ ບ່ອນພັກກ່ອນຕອບຮັບ.',
      en: 'Invited to work at the border market? Ask the company’s name, the pay and where you will stay before you say yes.',
    },
    day: 0,
    time: '16:00',
    platforms: ['facebook'],
    hashtags: ['ເດີນທາງປອດໄພ'],
    topics: ['safe-migration', 'labour-exploitation'],
    provinces: ['LA-SV'],
  },
  {
    slug: 'desk-recruiter-red-flags',
    collection: 'social-posts',
    stage: 'changes-requested',
    title: { lo: 'ສັນຍານອັນຕະລາຍຂອງນາຍໜ້າ', en: 'A recruiter’s warning signs' },
    text: {
      lo: 'ນາຍໜ້າຂໍເກັບໜັງສືຜ່ານແດນ? ເລັ່ງໃຫ້ອອກເດີນທາງ? ຢຸດ ແລະ ຖາມຄອບຄົວກ່ອນ.',
      en: 'A recruiter wants to keep your passport? Rushes you to leave? Stop and ask your family first.',
    },
    comment: 'ກະລຸນາເຮັດໃຫ້ສັ້ນລົງ ແລະ ເພີ່ມເບີ 1362 ຂອງສະຫະພັນແມ່ຍິງ.',
    day: 3,
    time: '10:00',
    platforms: ['tiktok'],
    hashtags: ['ເດີນທາງປອດໄພ'],
    topics: ['online-recruitment-scams'],
    provinces: ['LA-SV'],
  },
  {
    slug: 'desk-weekend-radio-call-in',
    collection: 'social-posts',
    stage: 'scheduled',
    title: { lo: 'ລາຍການວິທະຍຸທ້າຍອາທິດ', en: 'The weekend radio call-in' },
    text: {
      lo: 'ວັນເສົານີ້ ໂທເຂົ້າລາຍການວິທະຍຸຊາວໜຸ່ມ ແລ້ວຖາມຄຳຖາມຂອງເຈົ້າກ່ຽວກັບການໄປເຮັດວຽກຕ່າງປະເທດ.',
      en: 'This Saturday, call the youth radio programme with your questions about working abroad.',
    },
    day: 2,
    time: '09:00',
    platforms: ['facebook', 'whatsapp'],
    hashtags: ['SafeJourneys2026'],
    topics: ['safe-migration'],
    provinces: ['LA-SV'],
  },
  {
    slug: 'desk-village-meeting-thanks',
    collection: 'social-posts',
    stage: 'published',
    title: { lo: 'ຂອບໃຈກອງປະຊຸມບ້ານ', en: 'Thank you, village meeting' },
    text: {
      lo: 'ຂອບໃຈທຸກຄົນທີ່ມາຮ່ວມກອງປະຊຸມບ້ານ ທີ່ເມືອງໄກສອນ ອາທິດນີ້ 🙏 ພວກເຮົາໄດ້ລົມກັນກ່ຽວກັບ 3 ຄຳຖາມ ກ່ອນໄປເຮັດວຽກຕ່າງປະເທດ.',
      en: 'Thank you to everyone who came to the village meeting in Kaysone Phomvihane this week 🙏 We talked about the 3 questions to ask before going to work abroad.',
    },
    day: -2,
    time: '09:00',
    platforms: ['facebook'],
    hashtags: ['ເດີນທາງປອດໄພ'],
    topics: ['safe-migration'],
    provinces: ['LA-SV'],
  },
]
