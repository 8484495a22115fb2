import type { DemoRadioSpot } from './types'

/**
 * Three radio spots, written to be read aloud. Speakers are marked with a colon; sound effects
 * and music are in brackets.
 */
export const radioSpots: DemoRadioSpot[] = [
  {
    slug: 'before-you-go',
    title: { lo: 'ກ່ອນອອກເດີນທາງ', en: 'Before You Go' },
    spotLength: 15,
    language: 'lo',
    script: {
      lo: [
        '[ສຽງປະກອບ: ສຽງລົດເມເຂົ້າຈອດສະຖານີ]',
        'ຜູ້ປະກາດ: ກ່ອນໄປເຮັດວຽກຕ່າງປະເທດ ຈື່ໄວ້ສາມຢ່າງ: ໄປກັບບໍລິສັດທີ່ມີໃບອະນຸຍາດ, ເກັບໜັງສືຜ່ານແດນໄວ້ກັບຕົວ ແລະ ບອກຄອບຄົວວ່າໄປໃສ. ມີບັນຫາ ໂທ 1300 ສາຍດ່ວນຕ້ານການຄ້າມະນຸດ.',
      ].join('\n\n'),
      en: [
        '[SFX: A bus pulls into the station]',
        'ANNOUNCER: Before you go to work abroad, remember three things: go with a licensed agency, keep your passport with you, and tell your family where you’re going. In trouble? Call 1300, the anti-trafficking hotline.',
      ].join('\n\n'),
    },
    audio: 'audio/radio-before-you-go.mp3',
    publishedAt: '2020-02-10T01:00:00.000Z',
    campaigns: ['first-half-2020'],
    topics: ['safe-migration', 'how-to-report'],
    provinces: ['LA-SV', 'LA-CH', 'LA-KH'],
    audiences: ['youth', 'migrant-workers'],
  },
  {
    slug: 'check-the-agency',
    title: { lo: 'ກວດເບິ່ງບໍລິສັດກ່ອນ', en: 'Check the Agency' },
    spotLength: 30,
    language: 'lo',
    script: {
      lo: [
        '[ສຽງປະກອບ: ສຽງແຈ້ງເຕືອນຂໍ້ຄວາມໃນໂທລະສັບ]',
        'ນ້ອຍ: ເບິ່ງແມ້! ມີບໍລິສັດໜຶ່ງໃນເຟສບຸກ ບອກວ່າຈະສົ່ງຂ້ອຍໄປເຮັດວຽກໂຮງງານຢູ່ຕ່າງປະເທດ. ເງິນເດືອນດີ ອາທິດໜ້າອອກເດີນທາງເລີຍ!',
        'ຄຳ: ເຈົ້າກວດເບິ່ງໃບອະນຸຍາດຂອງເຂົາແລ້ວບໍ?',
        'ນ້ອຍ: ໃບອະນຸຍາດ?',
        'ຄຳ: ບໍລິສັດຈັດຫາງານທຸກແຫ່ງຕ້ອງມີໃບອະນຸຍາດ. ກ່ອນຈະຈ່າຍເງິນ ຫຼື ຍື່ນໜັງສືຜ່ານແດນໃຫ້ໃຜ ໃຫ້ໄປຖາມຫ້ອງການແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມກ່ອນ.',
        'ຜູ້ປະກາດ: ກວດບໍລິສັດ. ເກັບໜັງສືຜ່ານແດນ. ບອກຄອບຄົວ. ມີຄຳຖາມ ຫຼື ເປັນຫ່ວງໝູ່? ໂທ 1300 ສາຍດ່ວນຕ້ານການຄ້າມະນຸດ.',
      ].join('\n\n'),
      en: [
        '[SFX: A message alert on a phone]',
        'NOY: Look! A company on Facebook says they’ll send me to work in a factory abroad. Good pay, leaving next week!',
        'KHAM: Did you check their licence?',
        'NOY: Licence?',
        'KHAM: Every recruitment agency must have a licence. Before you pay any money or hand your passport to anyone, ask the labour and social welfare office first.',
        'ANNOUNCER: Check the agency. Keep your passport. Tell your family. Questions, or worried about a friend? Call 1300, the anti-trafficking hotline.',
      ].join('\n\n'),
    },
    audio: 'audio/radio-check-the-agency.mp3',
    publishedAt: '2020-03-02T01:00:00.000Z',
    campaigns: ['first-half-2020'],
    topics: ['online-recruitment-scams', 'safe-migration', 'labour-exploitation', 'how-to-report'],
    provinces: ['LA-VT', 'LA-BK', 'LA-OU'],
    audiences: ['youth', 'migrant-workers', 'parents'],
  },
  {
    slug: 'hmong-call-the-hotline',
    title: { lo: 'ໂທຫາສາຍດ່ວນ (ພາສາມົ້ງ)', en: 'Call the Hotline (Hmong)' },
    spotLength: 60,
    language: 'hmn',
    script: {
      lo: [
        'ໝາຍເຫດອອກອາກາດ: ສະປອດ 60 ວິນາທີ ສຳລັບຜູ້ຟັງທີ່ເວົ້າພາສາມົ້ງ ໃນແຂວງຫົວພັນ, ຊຽງຂວາງ, ໄຊສົມບູນ ແລະ ຫຼວງພະບາງ. ອອກອາກາດເປັນພາສາມົ້ງ, ອ່ານໂດຍຜູ້ປະກາດ ແລະ ນັກສະແດງທີ່ເວົ້າພາສາມົ້ງເປັນພາສາແມ່. ໃຫ້ຜູ້ເວົ້າພາສາມົ້ງກວດທານສະບັບພາສາມົ້ງກ່ອນອອກອາກາດ. ສະບັບພາສາລາວ ແລະ ສະບັບພາສາມົ້ງ ມີເນື້ອໃນດຽວກັນ; ສະບັບພາສາລາວແມ່ນເພື່ອໃຫ້ທີມງານເຂົ້າໃຈເນື້ອໃນ.',
        'ສະບັບພາສາລາວ:',
        '[ດົນຕີ: ສຽງແຄນມົ້ງເບົາໆ]',
        'ຜູ້ປະກາດ: ສະບາຍດີ ພີ່ນ້ອງທຸກທ່ານ.',
        'ຍິງສາວ: ລູກພີ່ລູກນ້ອງຂອງຂ້ອຍຢາກໄປເຮັດວຽກຢູ່ຕ່າງປະເທດ. ມີຄົນໃນເຟສບຸກບອກວ່າຈະໃຫ້ເງິນລາວຫຼາຍໆ.',
        'ຜູ້ປະກາດ: ຢາກໃຫ້ຊີວິດດີຂຶ້ນ ແມ່ນເລື່ອງດີ. ແຕ່ກ່ອນເຈົ້າຈະໄປ ຈົ່ງຈື່ໄວ້ສາມຢ່າງ.\nໜຶ່ງ: ໄປກັບບໍລິສັດທີ່ມີໃບອະນຸຍາດເທົ່ານັ້ນ.\nສອງ: ຢ່າເອົາໜັງສືຜ່ານແດນຂອງເຈົ້າໃຫ້ຄົນອື່ນເກັບໄວ້.\nສາມ: ບອກຄອບຄົວວ່າເຈົ້າໄປໃສ ແລະ ໄປກັບໃຜ.',
        'ຜູ້ປະກາດ: ຖ້າມີຄົນບອກວ່າຈະໃຫ້ເງິນຄອບຄົວເຈົ້າຫຼາຍໆ ເພື່ອໃຫ້ເຈົ້າໄປແຕ່ງງານກັບຜູ້ຊາຍຕ່າງປະເທດ ຂໍໃຫ້ລະວັງ ແລະ ຖາມໃຫ້ຮູ້ກ່ອນ.',
        'ຜູ້ປະກາດ: ຖ້າເຈົ້າ ຫຼື ໝູ່ຂອງເຈົ້າມີບັນຫາ ບໍ່ຕ້ອງຢ້ານ. ມັນບໍ່ແມ່ນຄວາມຜິດຂອງເຈົ້າ. ໂທ 1300 ສາຍດ່ວນຕ້ານການຄ້າມະນຸດ. ແມ່ຍິງ ແລະ ເດັກຍິງ ກໍໂທຫາ 1362 ໄດ້. ມີຄົນພ້ອມຊ່ວຍເຫຼືອເຈົ້າ. ຈື່ໄວ້: 1300.',
        'ສະບັບພາສາມົ້ງ:',
        '[ດົນຕີ: ສຽງແຄນມົ້ງເບົາໆ]',
        'ຜູ້ປະກາດ: Nyob zoo txhua tus kwv tij neej tsa.',
        'ຍິງສາວ: Kuv tus npawg xav mus ua hauj lwm txawv tebchaws. Muaj ib tug neeg hauv Facebook hais tias yuav muab nyiaj ntau ntau rau nws.',
        'ຜູ້ປະກາດ: Xav kom lub neej zoo dua yog ib qho zoo. Tiam sis ua ntej koj mus, nco ntsoov peb yam.\nIb: mus nrog lub tuam txhab uas muaj daim ntawv tso cai xwb.\nOb: tsis txhob muab koj phau ntawv hla tebchaws rau lwm tus khaws.\nPeb: qhia koj tsev neeg tias koj mus qhov twg thiab mus nrog leej twg.',
        'ຜູ້ປະກາດ: Yog muaj neeg hais tias yuav muab nyiaj ntau ntau rau koj tsev neeg kom koj mus yuav txiv txawv tebchaws, thov ceev faj thiab nug ua ntej.',
        'ຜູ້ປະກາດ: Yog koj lossis koj tus phooj ywg muaj teeb meem, tsis txhob ntshai. Tsis yog koj qhov txhaum. Hu rau 1300, xov tooj pab tiv thaiv kev muag neeg. Cov poj niam thiab cov ntxhais kuj hu tau rau 1362. Muaj neeg npaj txhij pab koj. Nco ntsoov: 1300.',
      ].join('\n\n'),
      en: [
        'Broadcast note: a 60-second spot for Hmong-speaking listeners in Houaphanh, Xiangkhouang, Xaisomboun and Luang Prabang provinces. It is broadcast in Hmong, read by an announcer and an actor whose first language is Hmong. A Hmong speaker should review the Hmong version before broadcast. The Lao and Hmong versions have the same content; the Lao version is there so that the team understands it.',
        'Script (English translation of the Lao and Hmong versions):',
        '[MUSIC: soft Hmong qeej (reed pipes)]',
        'ANNOUNCER: Hello, all our brothers, sisters and relatives.',
        'YOUNG WOMAN: My cousin wants to go and work abroad. Someone on Facebook says they will give her a lot of money.',
        'ANNOUNCER: Wanting a better life is a good thing. But before you go, remember three things.\nOne: go only with a company that has a licence.\nTwo: do not give your passport to anyone else to keep.\nThree: tell your family where you are going and who you are going with.',
        'ANNOUNCER: If someone says they will give your family a lot of money for you to go and marry a foreign husband, please be careful and ask first.',
        'ANNOUNCER: If you or a friend has a problem, do not be afraid. It is not your fault. Call 1300, the anti-trafficking hotline. Women and girls can also call 1362. There are people ready to help you. Remember: 1300.',
      ].join('\n\n'),
    },
    audio: 'audio/radio-hmong-call-the-hotline.mp3',
    publishedAt: '2020-05-04T01:00:00.000Z',
    campaigns: ['first-half-2020'],
    topics: ['how-to-report', 'forced-and-brokered-marriage', 'safe-migration', 'victim-support'],
    provinces: ['LA-HO', 'LA-XI', 'LA-XS', 'LA-LP'],
    audiences: ['youth', 'parents', 'community-leaders'],
  },
]
