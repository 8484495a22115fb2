import type { DemoDrama } from './types'

/**
 * Two fictional dramas. Every episode video is exactly 20 seconds long; cues are in seconds.
 */
export const dramas: DemoDrama[] = [
  {
    slug: 'the-job-offer',
    title: { lo: 'ຂໍ້ສະເໜີວຽກ', en: 'The Job Offer' },
    format: 'short',
    synopsis: {
      lo: [
        'ມະລິ ເປັນສາວນ້ອຍຢູ່ແຂວງສະຫວັນນະເຂດ. ມື້ໜຶ່ງ ມີຄົນສົ່ງຂໍ້ຄວາມມາທາງເຟສບຸກ ຊວນໄປເຮັດວຽກຮ້ານອາຫານຢູ່ຕ່າງປະເທດ ເງິນເດືອນສູງ ແລະ ໃຫ້ອອກເດີນທາງໂດຍໄວ.',
        'ນິດ ໝູ່ສະໜິດຂອງມະລິ ຮູ້ສຶກວ່າມີບາງຢ່າງບໍ່ຖືກຕ້ອງ ຈຶ່ງພາມະລິໄປກວດເບິ່ງນຳກັນ ທີ່ຫ້ອງການແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມແຂວງ. ລະຄອນສັ້ນ 3 ຕອນ ກ່ຽວກັບການກວດສອບກ່ອນຕອບຮັບວຽກ.',
      ].join('\n\n'),
      en: [
        'Mali is a young woman in Savannakhet province. One day someone messages her on Facebook, offering her a restaurant job abroad with high pay and asking her to leave soon.',
        'Nit, Mali’s close friend, feels that something is not right and takes Mali to check the offer together at the provincial labour and social welfare office. A short drama in 3 episodes about checking before you accept a job.',
      ].join('\n\n'),
    },
    castAndCrew: [
      { name: 'ພອນສະຫວັນ ສີລາວົງ', role: { lo: 'ນັກສະແດງ (ມະລິ)', en: 'Actor (Mali)' } },
      { name: 'ແກ້ວມະນີ ອິນທະວົງ', role: { lo: 'ນັກສະແດງ (ນິດ)', en: 'Actor (Nit)' } },
      {
        name: 'ບຸນທັນ ແສງອາລຸນ',
        role: { lo: 'ນັກສະແດງ (ພະນັກງານຫ້ອງການແຮງງານ)', en: 'Actor (labour office officer)' },
      },
      { name: 'ສຸລິຍາ ວົງພະຈັນ', role: { lo: 'ຜູ້ກຳກັບ', en: 'Director' } },
      { name: 'ດາລາວັນ ໄຊຍະວົງ', role: { lo: 'ຜູ້ຂຽນບົດ', en: 'Screenwriter' } },
    ],
    poster: 'images/poster-the-job-offer.jpg',
    publishedAt: '2020-04-01T02:00:00.000Z',
    campaigns: ['first-half-2020'],
    topics: [
      'online-recruitment-scams',
      'safe-migration',
      'labour-exploitation',
      'sexual-exploitation',
    ],
    provinces: ['LA-SV'],
    audiences: ['youth', 'teachers'],
    episodes: [
      {
        slug: 'the-job-offer-1',
        number: 1,
        title: { lo: 'ຂໍ້ຄວາມທີ່ໜ້າສົນໃຈ', en: 'A Tempting Message' },
        video: 'video/the-job-offer-1.mp4',
        publishedAt: '2020-04-01T02:00:00.000Z',
        cues: [
          {
            start: 0.5,
            end: 3,
            lo: 'ນິດ! ເບິ່ງນີ້ ມີຄົນສົ່ງວຽກມາໃຫ້ຂ້ອຍທາງເຟສບຸກ.',
            en: 'Nit! Look, someone sent me a job offer on Facebook.',
          },
          { start: 3.5, end: 6, lo: 'ວຽກຫຍັງ? ຢູ່ໃສ?', en: 'What job? Where?' },
          {
            start: 6.5,
            end: 10,
            lo: 'ພະນັກງານຮ້ານອາຫານຢູ່ຕ່າງປະເທດ. ເງິນເດືອນສາມເທົ່າຂອງຢູ່ນີ້.',
            en: 'Waiting staff in a restaurant abroad. Three times what I earn here.',
          },
          {
            start: 10.5,
            end: 13.5,
            lo: 'ເຂົາໃຫ້ສົ່ງຮູບໜັງສືຜ່ານແດນໄປມື້ນີ້ເລີຍ.',
            en: 'They want a photo of my passport today.',
          },
          {
            start: 14,
            end: 17,
            lo: 'ໂອ້... ຟ້າວແທ້ເນາະ. ຢ່າຟ້າວສົ່ງເທື່ອເດີ້.',
            en: 'Oh... that’s really rushed. Don’t send it yet.',
          },
          {
            start: 17.5,
            end: 19.5,
            lo: 'ມາ ເຮົາກວດເບິ່ງນຳກັນກ່ອນ.',
            en: 'Come on, let’s check it together first.',
          },
        ],
      },
      {
        slug: 'the-job-offer-2',
        number: 2,
        title: { lo: 'ກວດເບິ່ງນຳກັນ', en: 'Checking Together' },
        video: 'video/the-job-offer-2.mp4',
        publishedAt: '2020-04-08T02:00:00.000Z',
        cues: [
          {
            start: 0.5,
            end: 3.5,
            lo: 'ບໍລິສັດນີ້ຊື່ຫຍັງ? ມີໃບອະນຸຍາດຈັດຫາງານບໍ?',
            en: 'What’s the company called? Does it have a recruitment licence?',
          },
          {
            start: 4,
            end: 7,
            lo: 'ເຂົາບໍ່ບອກຊື່ບໍລິສັດ ມີແຕ່ເບີ WhatsApp.',
            en: 'They won’t give the company’s name. There’s only a WhatsApp number.',
          },
          {
            start: 7.5,
            end: 10.5,
            lo: 'ເຂົາບອກວ່າຈະອອກຄ່າເດີນທາງໃຫ້ກ່ອນ ແລ້ວຄ່ອຍຫັກຈາກເງິນເດືອນ.',
            en: 'They say they’ll pay for the trip first and take it out of my wages later.',
          },
          {
            start: 11,
            end: 14,
            lo: 'ແບບນີ້ອາດກາຍເປັນໜີ້ທີ່ໃຊ້ບໍ່ໝົດ. ຂ້ອຍເປັນຫ່ວງເຈົ້າ.',
            en: 'That can turn into a debt you never finish paying. I’m worried about you.',
          },
          {
            start: 14.5,
            end: 16.5,
            lo: 'ແລ້ວຂ້ອຍຄວນເຮັດແນວໃດ?',
            en: 'So what should I do?',
          },
          {
            start: 17,
            end: 19.5,
            lo: 'ໄປຖາມຫ້ອງການແຮງງານແຂວງນຳກັນ.',
            en: 'Let’s go and ask the provincial labour office together.',
          },
        ],
      },
      {
        slug: 'the-job-offer-3',
        number: 3,
        title: { lo: 'ຄຳຕອບທີ່ແທ້ຈິງ', en: 'The Real Answer' },
        video: 'video/the-job-offer-3.mp4',
        publishedAt: '2020-04-15T02:00:00.000Z',
        cues: [
          {
            start: 0.5,
            end: 3.5,
            lo: 'ບໍລິສັດນີ້ບໍ່ມີຢູ່ໃນລາຍຊື່ບໍລິສັດທີ່ໄດ້ຮັບອະນຸຍາດ.',
            en: 'This company is not on the list of licensed agencies.',
          },
          {
            start: 4,
            end: 7,
            lo: 'ຂອບໃຈຫຼາຍໆ. ຂ້ອຍເກືອບສົ່ງໜັງສືຜ່ານແດນໄປແລ້ວ.',
            en: 'Thank you so much. I almost sent my passport.',
          },
          {
            start: 7.5,
            end: 11,
            lo: 'ຢາກໄປເຮັດວຽກຕ່າງປະເທດ ກໍໄປໄດ້ ແຕ່ຂໍໃຫ້ໄປຜ່ານບໍລິສັດທີ່ຖືກຕ້ອງ.',
            en: 'If you want to work abroad, you can. Just go through a licensed company.',
          },
          {
            start: 11.5,
            end: 14.5,
            lo: 'ແລະ ຢ່າລືມບອກຄອບຄົວ ວ່າໄປໃສ ໄປກັບໃຜ.',
            en: 'And don’t forget to tell your family where you’re going and who with.',
          },
          {
            start: 15,
            end: 17,
            lo: 'ຖ້າມີບັນຫາ ຂ້ອຍຈະໂທ 1300.',
            en: 'If there’s a problem, I’ll call 1300.',
          },
          {
            start: 17.5,
            end: 19.5,
            lo: 'ກວດກ່ອນໄປ. ສາຍດ່ວນ 1300.',
            en: 'Check before you go. Hotline 1300.',
          },
        ],
      },
    ],
  },
  {
    slug: 'rivers-apart',
    title: { lo: 'ສາຍນ້ຳທີ່ພັດພາກ', en: 'Rivers Apart' },
    format: 'long',
    synopsis: {
      lo: [
        'ຄອບຄົວຊາວນາຄອບຄົວໜຶ່ງຢູ່ແຂວງຫຼວງພະບາງ ມີລູກສາວຊື່ ດາວ ທີ່ຢາກຮຽນຕໍ່. ນາຍໜ້າຄົນໜຶ່ງມາສະເໜີໃຫ້ດາວແຕ່ງງານກັບຜູ້ຊາຍຕ່າງປະເທດ ພ້ອມສັນຍາວ່າຈະໃຫ້ຄ່າດອງຢ່າງງາມ. ພໍ່ແມ່ຢາກໃຫ້ລູກມີຊີວິດທີ່ດີ ຈຶ່ງຕົກລົງ.',
        'ເມື່ອໄປຮອດແດນໄກ ດາວຖືກຍຶດໜັງສືຜ່ານແດນ ແລະ ບໍ່ໄດ້ຮັບອະນຸຍາດໃຫ້ອອກໄປໃສ. ແມ່ຂອງດາວໄປຂໍຄວາມຊ່ວຍເຫຼືອຈາກສະຫະພັນແມ່ຍິງ ແລະ ຄະນະກຳມະການຕ້ານການຄ້າມະນຸດ ເຊິ່ງໄດ້ປະສານງານພາດາວກັບບ້ານຢ່າງປອດໄພ. ດາວໄດ້ຮັບບ່ອນພັກເຊົາ, ການປິ່ນປົວ, ຄຳປຶກສາດ້ານກົດໝາຍ ແລະ ໂອກາດຮຽນວິຊາຊີບ. ລະຄອນຍາວກ່ຽວກັບຄອບຄົວ, ຄວາມຮັກ ແລະ ການເລີ່ມຕົ້ນໃໝ່.',
      ].join('\n\n'),
      en: [
        'A farming family in Luang Prabang province has a daughter, Dao, who wants to continue her studies. A broker comes to propose that Dao marry a foreign man, promising a generous bride price. Her parents want her to have a good life, so they agree.',
        'When she arrives far away, Dao’s passport is taken and she is not allowed to go anywhere. Dao’s mother asks the Women’s Union and the anti-human trafficking committee for help, and they coordinate to bring Dao home safely. Dao receives shelter, medical care, legal advice and the chance to learn a trade. A long drama about family, love and starting again.',
      ].join('\n\n'),
    },
    castAndCrew: [
      { name: 'ມະນີວອນ ແກ້ວບົວລາ', role: { lo: 'ນັກສະແດງ (ດາວ)', en: 'Actor (Dao)' } },
      { name: 'ຄຳໃສ ພົມມະຈັນ', role: { lo: 'ນັກສະແດງ (ແມ່ຂອງດາວ)', en: 'Actor (Dao’s mother)' } },
      { name: 'ສົມພອນ ວົງສະຫວັດ', role: { lo: 'ນັກສະແດງ (ພໍ່ຂອງດາວ)', en: 'Actor (Dao’s father)' } },
      {
        name: 'ບົວພັນ ສຸລິນທອງ',
        role: { lo: 'ນັກສະແດງ (ພະນັກງານສະຫະພັນແມ່ຍິງ)', en: 'Actor (Women’s Union officer)' },
      },
      {
        name: 'ທອງສະຫວັນ ໄຊສົມບັດ',
        role: { lo: 'ຜູ້ກຳກັບ ແລະ ຜູ້ຂຽນບົດ', en: 'Director and screenwriter' },
      },
    ],
    poster: 'images/poster-rivers-apart.jpg',
    publishedAt: '2020-06-01T02:00:00.000Z',
    campaigns: ['first-half-2020'],
    topics: ['forced-and-brokered-marriage', 'victim-support', 'how-to-report'],
    provinces: ['LA-LP'],
    audiences: ['parents', 'youth', 'community-leaders'],
    episodes: [
      {
        slug: 'rivers-apart-1',
        number: 1,
        title: { lo: 'ນາຍໜ້າມາຮອດບ້ານ', en: 'The Broker Comes to the Village' },
        video: 'video/rivers-apart-1.mp4',
        publishedAt: '2020-06-01T02:00:00.000Z',
        cues: [
          {
            start: 0.5,
            end: 3.5,
            lo: 'ຜູ້ບ່າວຄົນນີ້ມີຖານະດີ ຈະສົ່ງຄ່າດອງໃຫ້ຢ່າງງາມ.',
            en: 'The groom is well off. He’ll send a generous bride price.',
          },
          {
            start: 4,
            end: 7,
            lo: 'ແຕ່ດາວຍັງບໍ່ເຄີຍພົບລາວຈັກເທື່ອ. ເວົ້າພາສາກັນກໍບໍ່ເຂົ້າໃຈ.',
            en: 'But Dao has never even met him. They can’t understand each other’s language.',
          },
          {
            start: 7.5,
            end: 10.5,
            lo: 'ເອກະສານຂ້ອຍຈັດການໃຫ້ໝົດ. ອາທິດໜ້າກໍອອກເດີນທາງໄດ້.',
            en: 'I’ll take care of all the papers. She can leave next week.',
          },
          {
            start: 11,
            end: 14,
            lo: 'ພໍ່... ຂ້ອຍຍັງບໍ່ພ້ອມ. ຂ້ອຍຢາກຮຽນຕໍ່.',
            en: 'Father... I’m not ready. I want to keep studying.',
          },
          {
            start: 14.5,
            end: 17,
            lo: 'ພໍ່ພຽງແຕ່ຢາກໃຫ້ລູກສະບາຍ.',
            en: 'I only want you to have an easier life.',
          },
          {
            start: 17.5,
            end: 19.5,
            lo: 'ແມ່ນ້ຳສາຍນີ້... ຂ້ອຍຈະໄດ້ເຫັນອີກບໍ?',
            en: 'This river... will I ever see it again?',
          },
        ],
      },
      {
        slug: 'rivers-apart-2',
        number: 2,
        title: { lo: 'ສຽງຈາກແດນໄກ', en: 'A Voice from Far Away' },
        video: 'video/rivers-apart-2.mp4',
        publishedAt: '2020-06-15T02:00:00.000Z',
        cues: [
          {
            start: 0.5,
            end: 3.5,
            lo: 'ແມ່... ເຂົາເອົາໜັງສືຜ່ານແດນຂອງຂ້ອຍໄປເກັບໄວ້.',
            en: 'Mother... they’ve taken my passport away.',
          },
          {
            start: 4,
            end: 7,
            lo: 'ບໍ່ໃຫ້ຂ້ອຍອອກໄປໃສ. ບໍ່ມີໃຜເວົ້າພາສາລາວຈັກຄົນ.',
            en: 'They won’t let me go anywhere. No one here speaks Lao.',
          },
          {
            start: 7.5,
            end: 10,
            lo: 'ລູກຢ່າຢ້ານ. ແມ່ຈະຫາທາງຊ່ວຍ.',
            en: 'Don’t be afraid, my child. I’ll find a way to help.',
          },
          {
            start: 10.5,
            end: 13.5,
            lo: 'ບໍ່ແມ່ນຄວາມຜິດຂອງລູກສາວເອື້ອຍ. ເຮົາຈະແຈ້ງສາຍດ່ວນ 1300 ດຽວນີ້.',
            en: 'This is not your daughter’s fault. We’ll report it to the 1300 hotline right now.',
          },
          {
            start: 14,
            end: 17,
            lo: 'ຄະນະກຳມະການຈະປະສານກັບສະຖານທູດ ເພື່ອພານາງກັບບ້ານຢ່າງປອດໄພ.',
            en: 'The committee will work with the embassy to bring her home safely.',
          },
          {
            start: 17.5,
            end: 19.5,
            lo: 'ຂອບໃຈ... ຂອບໃຈຫຼາຍໆ.',
            en: 'Thank you... thank you so much.',
          },
        ],
      },
      {
        slug: 'rivers-apart-3',
        number: 3,
        title: { lo: 'ກັບສູ່ແມ່ນ້ຳ', en: 'Back to the River' },
        video: 'video/rivers-apart-3.mp4',
        publishedAt: '2020-07-01T02:00:00.000Z',
        cues: [
          {
            start: 0.5,
            end: 3.5,
            lo: 'ຢູ່ບ່ອນພັກເຊົານີ້ ນ້ອງປອດໄພແລ້ວ. ມີທ່ານໝໍ ແລະ ທີ່ປຶກສາກົດໝາຍ.',
            en: 'You’re safe here at the shelter. There’s a doctor and a legal adviser.',
          },
          {
            start: 4,
            end: 7,
            lo: 'ຂ້ອຍອາຍ... ຄົນໃນບ້ານຈະເວົ້າແນວໃດ?',
            en: 'I feel ashamed... what will people in the village say?',
          },
          {
            start: 7.5,
            end: 10.5,
            lo: 'ນ້ອງບໍ່ໄດ້ເຮັດຫຍັງຜິດ. ຄົນຜິດແມ່ນຜູ້ທີ່ຫຼອກລວງ.',
            en: 'You did nothing wrong. The one at fault is the person who deceived you.',
          },
          {
            start: 11,
            end: 14,
            lo: 'ກັບບ້ານເຮົາເນາະ ລູກ. ພໍ່ແມ່ຄິດຮອດລູກຫຼາຍ.',
            en: 'Let’s go home, my child. We missed you so much.',
          },
          {
            start: 14.5,
            end: 17,
            lo: 'ຂ້ອຍຢາກຮຽນຕັດຫຍິບ ແລ້ວເປີດຮ້ານຂອງຕົນເອງ.',
            en: 'I want to learn tailoring and open my own shop.',
          },
          {
            start: 17.5,
            end: 19.5,
            lo: 'ຕ້ອງການຄວາມຊ່ວຍເຫຼືອ ໂທ 1300 ຫຼື 1362.',
            en: 'Need help? Call 1300 or 1362.',
          },
        ],
      },
    ],
  },
]
