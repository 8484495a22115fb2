import type { DemoCampaign } from './types'

export const campaigns: DemoCampaign[] = [
  {
    slug: 'first-half-2020',
    title: {
      lo: 'ຮ່ວມກັນຕ້ານການຄ້າມະນຸດ: 6 ເດືອນຕົ້ນປີ 2020',
      en: 'Together against human trafficking: first half of 2020',
    },
    summary: {
      lo: 'ໃນ 6 ເດືອນຕົ້ນປີ 2020 ຄະນະກຳມະການຕ້ານການຄ້າມະນຸດລະດັບຊາດ ແລະ ຄະນະກຳມະການທີ່ສ້າງຕັ້ງສຳເລັດໃນ 16 ແຂວງ ໄດ້ໂຄສະນາສຶກສາອົບຮົມດ້ວຍຫຼາຍຮູບແບບ: ບົດເພງ, ລະຄອນສັ້ນ, ລະຄອນຍາວ, ວິທະຍຸ, ໂທລະພາບ ແລະ ສື່ສັງຄົມອອນລາຍ ໂດຍສະເພາະແມ່ນໃຫ້ຊາວໜຸ່ມເຍົາວະຊົນ ໄດ້ຮັບຮູ້ ແລະ ເຂົ້າໃຈຜົນຮ້າຍຂອງການຄ້າມະນຸດ.',
      en: 'In the first half of 2020, the National Committee on Anti-Human Trafficking and the committees set up in 16 provinces ran awareness and education work in many forms: songs, short and long dramas, radio, television and online social media, especially so that young people know about and understand the harm of human trafficking.',
    },
    keyMessages: [
      {
        lo: 'ການຄ້າມະນຸດເປັນໄພຮ້າຍຕໍ່ທຸກຄົນ. ຊາວໜຸ່ມ ຈົ່ງຮຽນຮູ້ ແລະ ມີສ່ວນຮ່ວມໃນການຕ້ານການຄ້າມະນຸດ.',
        en: 'Human trafficking harms everyone. Young people: learn about it and take part in the fight against it.',
      },
      {
        lo: 'ຢາກໄປເຮັດວຽກຕ່າງປະເທດ ໃຫ້ໄປຜ່ານບໍລິສັດຈັດຫາງານທີ່ຖືກຕ້ອງຕາມກົດໝາຍເທົ່ານັ້ນ.',
        en: 'If you want to work abroad, go only through a lawful, licensed recruitment company.',
      },
      {
        lo: 'ການແຕ່ງງານກັບຄົນຕ່າງປະເທດ ຕ້ອງຖືກຕ້ອງຕາມກົດໝາຍ ແລະ ມາຈາກຄວາມສະໝັກໃຈ. ລະວັງນາຍໜ້າທີ່ສັນຍາເງິນຄ່າດອງງາມ.',
        en: 'Marriage to a foreigner must be lawful and freely chosen. Beware of brokers who promise a generous bride price.',
      },
      {
        lo: 'ຖ້າມີຄົນມາຊວນໃຫ້ຮັບຈ້າງຖືພາແທນ ໃຫ້ໂທປຶກສາສາຍດ່ວນ 1362 ຂອງສະຫະພັນແມ່ຍິງລາວກ່ອນ.',
        en: 'If someone asks you to become a hired surrogate, talk to the Lao Women’s Union counselling line, 1362, first.',
      },
      {
        lo: 'ຜູ້ຖືກເຄາະຮ້າຍຈະໄດ້ຮັບການຊ່ວຍເຫຼືອ: ບ່ອນພັກເຊົາ, ກົດໝາຍ, ການແພດ, ການສຶກສາ, ຝຶກວິຊາຊີບ ແລະ ກັບຄືນສູ່ຄອບຄົວຢ່າງປອດໄພ. ໂທ 1300.',
        en: 'Victims can get help: shelter, legal aid, medical care, education, vocational training and a safe return to their families. Call 1300.',
      },
    ],
    startDate: '2020-01-01',
    endDate: '2020-06-30',
    partners: ['dao-nuea-youth-radio', 'khua-saeng-association'],
    heroImage: 'images/campaign-first-half-2020.jpg',
    topics: [
      'safe-migration',
      'labour-exploitation',
      'forced-and-brokered-marriage',
      'commercial-surrogacy',
      'victim-support',
      'how-to-report',
    ],
    provinces: ['LA-VT', 'LA-SV', 'LA-LP', 'LA-CH', 'LA-BK', 'LA-OU', 'LA-HO', 'LA-XA'],
    audiences: ['youth', 'parents', 'community-leaders', 'teachers'],
    publishedAt: '2020-01-15T00:00:00.000Z',
  },
  {
    slug: 'safe-journeys-2026',
    title: {
      lo: 'ເດີນທາງປອດໄພ 2026',
      en: 'Safe Journeys 2026',
    },
    summary: {
      lo: 'ແຄມເປນສຳລັບໄວໜຸ່ມ ກ່ຽວກັບການເຄື່ອນຍ້າຍແຮງງານທີ່ປອດໄພ ແລະ ການຫຼອກລວງຈັດຫາງານທາງອອນລາຍ: ກ່ອນຕອບຮັບວຽກຢູ່ຕ່າງປະເທດ ໃຫ້ຢຸດ, ຖາມ ແລະ ກວດສອບກ່ອນ.',
      en: 'A campaign for young people on safe migration and online recruitment scams: before you accept a job abroad, stop, ask and check first.',
    },
    keyMessages: [
      {
        lo: 'ວຽກທີ່ດີເກີນຈິງ ມັກຈະບໍ່ແມ່ນຄວາມຈິງ. ກວດສອບກ່ອນຕອບຮັບ.',
        en: 'A job that sounds too good to be true usually is. Check before you say yes.',
      },
      {
        lo: 'ສອບຖາມຫ້ອງການແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ ວ່າບໍລິສັດຈັດຫາງານມີໃບອະນຸຍາດຖືກຕ້ອງບໍ.',
        en: 'Ask the labour and social welfare office whether the recruitment agency has a valid licence.',
      },
      {
        lo: 'ເກັບໜັງສືຜ່ານແດນໄວ້ກັບຕົວເອງ ຢ່າຍື່ນໃຫ້ໃຜເກັບແທນ.',
        en: 'Keep your passport with you; do not hand it to anyone else to keep.',
      },
      {
        lo: 'ບອກຄອບຄົວວ່າໄປໃສ ໄປກັບໃຜ. ມີບັນຫາ ໂທ 1300 ຫຼື 1362.',
        en: 'Tell your family where you are going and who with. If there is a problem, call 1300 or 1362.',
      },
    ],
    startDate: '2026-07-01',
    endDate: '2026-12-31',
    partners: ['dao-nuea-youth-radio', 'khua-saeng-association'],
    heroImage: 'images/campaign-safe-journeys-2026.jpg',
    topics: ['safe-migration', 'online-recruitment-scams', 'labour-exploitation', 'how-to-report'],
    provinces: ['LA-VT', 'LA-SV', 'LA-CH', 'LA-BK', 'LA-XI'],
    audiences: ['youth', 'migrant-workers', 'parents'],
    publishedAt: '2026-07-01T00:00:00.000Z',
  },
]
