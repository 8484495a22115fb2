import type { DemoNews } from './types'

export const news: DemoNews[] = [
  {
    slug: 'committee-first-half-2020-results',
    title: {
      lo: '6 ເດືອນຕົ້ນປີ 2020 ຄະນະກຳມະການຕ້ານການຄ້າມະນຸດລະດັບຊາດ ສຸມໃສ່ວຽກງານມີຜົນສຳເລັດຫຼາຍດ້ານ',
      en: 'First half of 2020: the National Committee on Anti-Human Trafficking focuses its work and achieves results in many areas',
    },
    excerpt: {
      lo: 'ໃນ 6 ເດືອນຕົ້ນປີ 2020 ໄດ້ສ້າງຄະນະກຳມະການຕ້ານການຄ້າມະນຸດສຳເລັດ 16 ແຂວງ ແລະ ໄດ້ໂຄສະນາຜ່ານບົດເພງ, ລະຄອນ, ວິທະຍຸ, ໂທລະພາບ ແລະ ສື່ສັງຄົມອອນລາຍ ໂດຍສະເພາະແມ່ນໃຫ້ຊາວໜຸ່ມເຍົາວະຊົນ. ໃນ 6 ເດືອນທ້າຍປີ ຈະສືບຕໍ່ປົກປ້ອງຊ່ວຍເຫຼືອຜູ້ຖືກເຄາະຮ້າຍ ແລະ ຄຸ້ມຄອງບໍລິສັດຈັດຫາງານໃຫ້ຖືກຕ້ອງ.',
      en: 'In the first half of 2020, anti-human trafficking committees were set up in 16 provinces, and awareness work ran through songs, dramas, radio, television and online social media, especially for young people. In the second half of the year, the work will continue to protect and assist victims and to make sure recruitment companies operate properly.',
    },
    body: {
      lo: [
        'ພົນໂທ ວິໄລ ຫຼ້າຄຳຟອງ ລັດຖະມົນຕີກະຊວງປ້ອງກັນຄວາມສະຫງົບ, ຮອງປະທານຄະນະກຳມະການຕ້ານການຄ້າມະນຸດລະດັບຊາດ ໄດ້ກ່າວໃນກອງປະຊຸມສະຫຼຸບການຈັດຕັ້ງປະຕິບັດວຽກງານຕ້ານການຄ້າມະນຸດ 06 ເດືອນຕົ້ນປີ ແລະ ທິດທາງແຜນການ 06 ເດືອນທ້າຍປີ 2020 ທີ່ຈັດຂຶ້ນໃນວັນທີ 30 ກໍລະກົດ 2020 ທີ່ກະຊວງແຜນການ ແລະ ການລົງທຶນ ວ່າ: ໃນໄລຍະ 6 ເດືອນຜ່ານມາ ຄະນະກຳມະການຕ້ານການຄ້າມະນຸດລະດັບຊາດ ແລະ ບັນດາແຂວງ, ນະຄອນຫຼວງ ແມ່ນໄດ້ສຸມໃສ່ປັບປຸງນິຕິກຳ, ປັບປຸງກົນໄກທີ່ກ່ຽວຂ້ອງກັບວຽກງານຕ້ານການຄ້າມະນຸດ ເປັນຕົ້ນ: ໄດ້ສ້າງຄະນະກຳມະການຕ້ານການຄ້າມະນຸດສຳເລັດ 16 ແຂວງ.',
        'ໄດ້ເອົາໃຈໃສ່ເຮັດວຽກງານໂຄສະນາສຶກສາອົບຮົມ ດ້ວຍຫຼາຍຮູບຫຼາຍສີຫຼາຍວິທີ, ສ້າງບົດເພງ, ລະຄອນສັ້ນ, ລະຄອນຍາວ, ໂຄສະນາຜ່ານວິທະຍຸ, ໂທລະພາບ, ສື່ສັງຄົມອອນລາຍ ແລະ ລົງໂຄສະນາ ເພື່ອເຮັດໃຫ້ປະຊາຊົນ ໂດຍສະເພາະຊາວໜຸ່ມເຍົາວະຊົນ ໄດ້ຮັບຮູ້-ເຂົ້າໃຈຕໍ່ຜົນຮ້າຍຂອງການຄ້າມະນຸດ, ມີຄວາມຕື່ນຕົວປະກອບສ່ວນເຂົ້າໃນວຽກງານດັ່ງກ່າວ, ພ້ອມນັ້ນກໍໄດ້ເອົາໃຈໃສ່ໃນການປະຕິບັດມາດຕະການລົງໂທດຕໍ່ຜູ້ກະທຳຜິດ.',
        'ນອກຈາກນັ້ນກໍ່ໄດ້ສຸມໃສ່ໃນວຽກງານປົກປ້ອງຊ່ວຍເຫຼືອຜູ້ຖືກເຄາະຮ້າຍ, ທັງຢູ່ພາຍໃນ ແລະ ຕ່າງປະເທດ ດ້ານສະຖານທີ່ພັກເຊົາ, ກົດໝາຍ, ການແພດ, ການສຶກສາ, ຝຶກອົບຮົມວິຊາຊີບ ແລະ ສົ່ງກັບຄືນສູ່ຄອບຄົວ-ສັງຄົມຢ່າງປອດໄພ. ໄດ້ເຄື່ອນໄຫວວຽກງານຮ່ວມມືສອງຝ່າຍ, ຫຼາຍຝ່າຍ, ອົງການຈັດຕັ້ງສາກົນຕ່າງໆຢ່າງຕໍ່ເນື່ອງ ບົນພື້ນຖານການພົວພັນຮ່ວມມື ຕ່າງຝ່າຍຕ່າງມີຜົນປະໂຫຍດ ບໍ່ແຊກແຊງເຂົ້າພາຍໃນເຊິ່ງກັນ ແລະ ກັນ ເຮັດໃຫ້ກົນໄກການຮ່ວມມືທັງພາຍໃນ ແລະ ຕ່າງປະເທດມີຄວາມຄ່ອງຕົວ ພະນັກງານແຕ່ລະຂະແໜງການໄດ້ຮັບການພັດທະນາດີຂຶ້ນເທື່ອລະກ້າວ, ສາມາດແກ້ໄຂບັນຫາການຄ້າມະນຸດຢ່າງເປັນຮູບປະທຳດີຂຶ້ນ, ເຮັດໃຫ້ວຽກງານຕ້ານການຄ້າມະນຸດຂອງ ສປປ ລາວ ຖືກຈັດອັນດັບ 02 ດີຂຶ້ນກວ່າປີ 2019.',
        'ທ້າຍປີ 2020 ຄະນະກຳມະການຕ້ານການຄ້າມະນຸດລະດັບຊາດ, ຂັ້ນແຂວງ, ນະຄອນຫຼວງ ຈະສຸມໃສ່ຜັນຂະຫຍາຍແຜນງານແຫ່ງຊາດວ່າດ້ວຍການສະກັດກັ້ນ ແລະ ຕ້ານການຄ້າມະນຸດ ຕາມພາລະບົດບາດຂອງແຕ່ລະຂະແໜງການ, ເພີ່ມທະວີຄົ້ນຄວ້າສ້າງ ແລະ ປັບປຸງບັນດານິຕິກຳ ນັບໃຊ້ວຽກງານຕ້ານການຄ້າມະນຸດ, ເພີ່ມທະວີໂຄສະນາປູກຈິດສຳນຶກກ່ຽວກັບຄວາມສຳຄັນ ແລະ ຜົນຮ້າຍຂອງການຄ້າມະນຸດ ໃຫ້ທົ່ວສັງຄົມດ້ວຍຫຼາຍຮູບການ ແລະ ເຜີຍແຜ່ດ້ວຍຫຼາຍຊ່ອງທາງ ເພື່ອໃຫ້ເຂົ້າເຖິງກຸ່ມເປົ້າໝາຍຫຼາຍຂຶ້ນ, ລົງໂຄສະນາປູກຈິດສຳນຶກກ່ຽວກັບຜົນຮ້າຍຂອງການຄ້າມະນຸດໃຫ້ເຂົ້າເຖິງທຸກຊັ້ນຄົນ, ທຸກເພດ, ທຸກໄວ, ທຸກອົງການຈັດຕັ້ງຢ່າງຕັ້ງໜ້າ, ເອົາໃຈໃສ່ ແລະ ດຳເນີນຄະດີ ແລະ ຮັບປະກັນການປະຕິບັດກົດໝາຍ, ປ້ອງກັນສະກັດກັ້ນ ແລະ ສືບຕໍ່ໃຫ້ການປົກປ້ອງຊ່ວຍເຫຼືອຜູ້ຖືກເຄາະຮ້າຍຈາກການຄ້າມະນຸດ.',
        'ປະສານສົມທົບກັບພາກສ່ວນທີ່ກ່ຽວຂ້ອງເພື່ອຄຸ້ມຄອງ, ແກ້ໄຂບັນຫາຄົນລາວແຕ່ງດອງກັບຄົນຕ່າງປະເທດແບບບໍ່ຖືກຕ້ອງ ຫຼື ການຈ້າງໃຫ້ຖືພາ, ຄຸ້ມຄອງບັນດາບໍລິສັດຈັດຫາງານໃນການເຄື່ອນຍ້າຍແຮງງານໄປຕ່າງປະເທດໃຫ້ຖືກຕ້ອງ ເພື່ອຫຼຸດຜ່ອນຄວາມສ່ຽງຂອງການຄ້າມະນຸດ, ເອົາໃຈໃສ່ຄົ້ນຄວ້າ ຕິດຕາມ, ກວດກາ ແລະ ຄຸ້ມຄອງບັນດາໂຄງການ ລວມທັງການຮັບເອົາໂຄງການໃໝ່ຂອງອົງການຈັດຕັ້ງສາກົນ, ອົງການຈັດຕັ້ງບໍ່ສັງກັດລັດຖະບານກ່ຽວກັບວຽກງານຕ້ານການຄ້າມະນຸດ ຢູ່ສູນກາງ ແລະ ທ້ອງຖິ່ນ ໃຫ້ຖືກຕ້ອງຕາມລະບຽບການ, ຕາມພາລະບົດບາດຂອງຕົນ.',
        'ເຮັດວຽກງານປະສານສົມທົບກັນໃຫ້ແໜ້ນແຟ້ນ ລະຫວ່າງຄະນະກຳມະການຕ້ານການຄ້າມະນຸດຂັ້ນສູນກາງ ແລະ ທ້ອງຖິ່ນ ໂດຍສະເພາະປະຕິບັດລະບອບສ່ອງແສງ, ລາຍງານກ່ຽວກັບການເຄື່ອນໄຫວວຽກງານຕ້ານການຄ້າມະນຸດທີ່ກ່ຽວຂ້ອງກັບຂະແໜງການຂອງຕົນໃຫ້ເປັນປົກກະຕິ ເພື່ອເຮັດວຽກງານດັ່ງກ່າວມີປະສິດທິຜົນສູງ ແລະ ພັດທະນາຂຶ້ນຢ່າງບໍ່ຢຸດຢັ້ງ.',
      ].join('\n\n'),
      en: [
        'Police Lieutenant General Vilay Lakhamfong, Minister of Public Security and Vice-Chair of the National Committee on Anti-Human Trafficking, spoke at the meeting held on 30 July 2020 at the Ministry of Planning and Investment to review the implementation of anti-human trafficking work in the first six months and to set the direction of the plan for the last six months of 2020. He said that over the past six months the National Committee on Anti-Human Trafficking and the provinces and the capital had focused on improving legislation and the mechanisms related to anti-human trafficking work; among other things, anti-human trafficking committees had been set up in 16 provinces.',
        'They paid attention to awareness-raising and education in many forms and ways: creating songs, short dramas and long dramas, and campaigning through radio, television, online social media and advertisements, so that the public, and young people in particular, know about and understand the harm of human trafficking and are active in contributing to this work. At the same time, they paid attention to enforcing penalties against offenders.',
        'In addition, they focused on protecting and assisting victims, both inside the country and abroad, with shelter, legal support, medical care, education, vocational training and a safe return to their families and communities. They carried out bilateral and multilateral cooperation and worked continuously with various international organisations, on the basis of mutually beneficial cooperation and non-interference in each other’s internal affairs. As a result, cooperation mechanisms at home and abroad have become more flexible, staff in each sector have steadily built their skills, and human trafficking problems are being resolved more concretely, so that the anti-human trafficking work of the Lao PDR was ranked at Tier 2, an improvement on 2019.',
        'For the rest of 2020, the anti-human trafficking committees at the national level, in the provinces and in the capital will focus on putting into practice the National Plan of Action on preventing and combating human trafficking, according to the role of each sector; step up research to draft and improve legislation that serves anti-human trafficking work; step up awareness-raising on the importance of the issue and the harm of human trafficking throughout society, in many forms and through many channels, to reach more target groups; actively carry awareness of the harm of human trafficking to every social group, every gender, every age and every organisation; pay attention to prosecuting cases and ensuring that the law is enforced; prevent and suppress trafficking; and continue to protect and assist victims of human trafficking.',
        'They will coordinate with the relevant sectors to manage and resolve the problem of improper marriages between Lao people and foreigners, and of hired surrogacy; make sure that recruitment companies sending workers abroad operate correctly, to reduce the risk of human trafficking; and pay attention to researching, monitoring, inspecting and managing projects, including the acceptance of new projects from international organisations and non-governmental organisations working against human trafficking, at central and local levels, so that they follow the regulations and their respective roles.',
        'The central and local anti-human trafficking committees will also coordinate closely, in particular by following the reporting system and regularly reporting on the anti-human trafficking activities that concern their own sectors, so that this work is highly effective and keeps developing.',
      ].join('\n\n'),
    },
    author: { lo: 'ສົມຈັນ', en: 'Somchan' },
    heroImage: 'images/news-committee-2020.jpg',
    publishedAt: '2020-08-07T03:00:00.000Z',
    campaigns: ['first-half-2020'],
    topics: [
      'safe-migration',
      'labour-exploitation',
      'forced-and-brokered-marriage',
      'commercial-surrogacy',
      'victim-support',
    ],
    provinces: ['LA-VT'],
    audiences: ['community-leaders', 'parents', 'youth'],
  },
  {
    slug: 'safe-journeys-2026-launch',
    title: {
      lo: 'ເປີດຕົວແຄມເປນ “ເດີນທາງປອດໄພ 2026” ສຳລັບໄວໜຸ່ມ',
      en: '“Safe Journeys 2026” campaign for young people launched',
    },
    excerpt: {
      lo: 'ແຄມເປນ “ເດີນທາງປອດໄພ 2026” ໄດ້ເປີດຕົວຢ່າງເປັນທາງການ ເພື່ອຊ່ວຍໃຫ້ໄວໜຸ່ມຮູ້ທັນການຫຼອກລວງຈັດຫາງານທາງອອນລາຍ ແລະ ເດີນທາງໄປເຮັດວຽກຢ່າງປອດໄພ.',
      en: 'The “Safe Journeys 2026” campaign has been officially launched to help young people spot online recruitment scams and travel for work safely.',
    },
    body: {
      lo: [
        'ວັນທີ 2 ກໍລະກົດ 2026 ທີ່ນະຄອນຫຼວງວຽງຈັນ, ຄະນະກຳມະການຕ້ານການຄ້າມະນຸດ ຮ່ວມກັບເຄືອຂ່າຍວິທະຍຸຊາວໜຸ່ມດາວເໜືອ ແລະ ສະມາຄົມຂົວແສງ ໄດ້ເປີດຕົວແຄມເປນ “ເດີນທາງປອດໄພ 2026” ເຊິ່ງຈະດຳເນີນໄປຮອດທ້າຍປີ ໃນນະຄອນຫຼວງວຽງຈັນ, ແຂວງສະຫວັນນະເຂດ, ຈຳປາສັກ, ບໍ່ແກ້ວ ແລະ ຊຽງຂວາງ.',
        'ແຄມເປນນີ້ສຸມໃສ່ໄວໜຸ່ມອາຍຸ 15 ຫາ 24 ປີ ທີ່ຊອກຫາວຽກເຮັດຜ່ານສື່ສັງຄົມອອນລາຍ. ເນື້ອໃນປະກອບມີບົດເພງໃໝ່ “ດີເກີນຈິງ”, ສະປອດໂທລະພາບ “ຖາມສາມຄຳຖາມ” ແລະ ວິດີໂອສັ້ນໃນສື່ສັງຄົມ ທີ່ແນະນຳໃຫ້ກວດເບິ່ງໃບອະນຸຍາດຂອງບໍລິສັດຈັດຫາງານ, ເກັບໜັງສືຜ່ານແດນໄວ້ກັບຕົວເອງ ແລະ ບອກຄອບຄົວວ່າໄປໃສ ໄປກັບໃຜ.',
        'ຜູ້ຕາງໜ້າຄະນະກຳມະການ ໄດ້ເນັ້ນວ່າ ການໄປເຮັດວຽກຕ່າງປະເທດບໍ່ແມ່ນເລື່ອງຜິດ, ແຕ່ຕ້ອງໄປຢ່າງຖືກຕ້ອງ ແລະ ປອດໄພ. ຖ້າມີຂໍ້ສົງໄສ ຫຼື ມີບັນຫາ ສາມາດໂທຫາສາຍດ່ວນຕ້ານການຄ້າມະນຸດ 1300 ຫຼື ສາຍປຶກສາຂອງສະຫະພັນແມ່ຍິງລາວ 1362.',
      ].join('\n\n'),
      en: [
        'On 2 July 2026 in Vientiane Capital, the anti-human trafficking committee, together with the Dao Nuea Youth Radio Network and the Khua Saeng Association, launched the “Safe Journeys 2026” campaign, which will run until the end of the year in Vientiane Capital and in Savannakhet, Champasak, Bokeo and Xiangkhouang provinces.',
        'The campaign focuses on young people aged 15 to 24 who look for work through online social media. It includes a new song, “Too Good to Be True”, a television spot, “Ask Three Questions”, and short social media clips that advise young people to check the recruitment agency’s licence, keep their passport with them and tell their family where they are going and who with.',
        'A representative of the committee stressed that going to work abroad is not wrong, but it must be done lawfully and safely. Anyone with doubts or problems can call the anti-human trafficking hotline, 1300, or the Lao Women’s Union counselling line, 1362.',
      ].join('\n\n'),
    },
    author: { lo: 'ທີມງານສື່ສານ', en: 'Communications team' },
    heroImage: 'images/news-safe-journeys-launch.jpg',
    publishedAt: '2026-07-03T02:00:00.000Z',
    campaigns: ['safe-journeys-2026'],
    topics: ['safe-migration', 'online-recruitment-scams', 'how-to-report'],
    provinces: ['LA-VT', 'LA-SV', 'LA-CH', 'LA-BK', 'LA-XI'],
    audiences: ['youth', 'parents', 'migrant-workers'],
  },
]
