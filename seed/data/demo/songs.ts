import type { DemoSong } from './types'

/** Three original songs written for the demo. Artists and writers are fictional. */
export const songs: DemoSong[] = [
  {
    slug: 'safe-road-home',
    title: { lo: 'ທາງກັບບ້ານທີ່ປອດໄພ', en: 'The Safe Road Home' },
    artists: ['ແສງດາວ ພົມມະວົງ'],
    language: 'lo',
    lyrics: {
      lo: [
        'ແມ່ເອີຍ ລູກຈະໄປຫາວຽກເຮັດຢູ່ແດນໄກ\nຢາກມີເງິນມາສ້າງເຮືອນ ໃຫ້ແມ່ໄດ້ສະບາຍ\nແຕ່ກ່ອນລູກຈະກ້າວອອກຈາກບ້ານເກີດເມືອງນອນ\nລູກຈະຖາມໃຫ້ຮູ້ກ່ອນ ວ່າທາງນັ້ນປອດໄພ',
        'ເສັ້ນທາງກັບບ້ານ ເລີ່ມຕົ້ນຈາກການຖາມ\nໄປກັບບໍລິສັດທີ່ມີໃບອະນຸຍາດຖືກຕ້ອງ\nໜັງສືຜ່ານແດນ ຢ່າຍື່ນໃຫ້ໃຜເກັບແທນ\nບອກຄອບຄົວໄວ້ ວ່າໄປໃສ ໄປກັບໃຜ',
        'ມີຄົນມາຊວນ ບອກວ່າວຽກດີເງິນຫຼາຍ\nບໍ່ຕ້ອງມີເອກະສານ ຂ້າມໄປທາງລັດກໍໄດ້\nລູກຈະບໍ່ຟ້າວ ຈະກວດເບິ່ງໃຫ້ດີ\nຖາມຫ້ອງການແຮງງານ ກ່ອນຈະຕົກລົງໃຈ',
        'ເສັ້ນທາງກັບບ້ານ ເລີ່ມຕົ້ນຈາກການຖາມ\nໄປກັບບໍລິສັດທີ່ມີໃບອະນຸຍາດຖືກຕ້ອງ\nໜັງສືຜ່ານແດນ ຢ່າຍື່ນໃຫ້ໃຜເກັບແທນ\nບອກຄອບຄົວໄວ້ ວ່າໄປໃສ ໄປກັບໃຜ',
        'ຖ້າມີບັນຫາ ຢູ່ໃສກໍບໍ່ຕ້ອງຢ້ານ\nໂທ 1300 ມີຄົນພ້ອມຊ່ວຍ ບໍ່ປະໃຫ້ໂດດດ່ຽວ',
      ].join('\n\n'),
      en: [
        'Mother, I’m going to look for work in a faraway land\nI want to bring money home to build a house so you can live in comfort\nBut before I step away from the place where I was born\nI’ll ask first and make sure that road is safe',
        'The road home begins with asking questions\nGo with a company that holds a proper licence\nYour passport — don’t hand it to anyone to keep\nTell your family where you’re going and who you’re going with',
        'Someone comes to ask me, says the job is good and the pay is high\nNo papers needed, we can cross by a shortcut\nI won’t rush, I’ll check it carefully\nI’ll ask the labour office before I make up my mind',
        'The road home begins with asking questions\nGo with a company that holds a proper licence\nYour passport — don’t hand it to anyone to keep\nTell your family where you’re going and who you’re going with',
        'If trouble comes, wherever you are, don’t be afraid\nCall 1300 — someone is ready to help, you won’t be left alone',
      ].join('\n\n'),
    },
    credits: {
      lo: 'ຄຳຮ້ອງ ແລະ ທຳນອງ: ບຸນທະວີ ສີຫາລາດ. ຂັບຮ້ອງ: ແສງດາວ ພົມມະວົງ. ບັນທຶກສຽງທີ່ສະຕູດິໂອຂອງເຄືອຂ່າຍວິທະຍຸຊາວໜຸ່ມດາວເໜືອ.',
      en: 'Words and music: Bounthavy Sihalath. Sung by Saengdao Phommavong. Recorded at the Dao Nuea Youth Radio Network studio.',
    },
    audio: 'audio/song-safe-road-home.mp3',
    cover: 'images/cover-safe-road-home.jpg',
    publishedAt: '2020-03-10T02:00:00.000Z',
    campaigns: ['first-half-2020'],
    topics: ['safe-migration', 'labour-exploitation', 'how-to-report'],
    provinces: ['LA-SV', 'LA-CH', 'LA-KH'],
    audiences: ['youth', 'migrant-workers', 'parents'],
  },
  {
    slug: 'too-good-to-be-true',
    title: { lo: 'ດີເກີນຈິງ', en: 'Too Good to Be True' },
    artists: ['ບຸນມີ ແກ້ວມະນີ', 'ວົງ ດາວເໜືອ'],
    language: 'lo',
    lyrics: {
      lo: [
        'ຂໍ້ຄວາມເດັ້ງຂຶ້ນມາໃນໂທລະສັບຕອນທ່ຽງຄືນ\n“ວຽກງ່າຍ ເງິນເດືອນສູງ ບໍ່ຕ້ອງມີປະສົບການ”\nຄ່າເດີນທາງ ຄ່າທີ່ພັກ ເຂົາອອກໃຫ້ໝົດທຸກຢ່າງ\nພຽງແຕ່ສົ່ງຮູບບັດ ສົ່ງຮູບໜ້າ ກໍໄປໄດ້ທັນທີ',
        'ດີເກີນຈິງ ດີເກີນຈິງ\nຄຳສັນຍາຫວານໆ ອາດແມ່ນກັບດັກ\nຢຸດ, ຖາມ, ກວດສອບ ກ່ອນຈະຕອບຮັບ\nວຽກແທ້ ບໍ່ເລັ່ງໃຫ້ເຮົາຟ້າວຕັດສິນໃຈ',
        'ໝູ່ເຮົາຄົນໜຶ່ງ ໄປຕາມຄຳໂຄສະນາແບບນັ້ນ\nໄປຮອດ ເຂົາກໍຍຶດໜັງສືຜ່ານແດນໄວ້\nບອກວ່າເປັນໜີ້ຄ່າລົດ ຄ່າກິນ ຄ່າຢູ່\nເຮັດວຽກເທົ່າໃດ ໜີ້ກໍບໍ່ເຄີຍໝົດ',
        'ດີເກີນຈິງ ດີເກີນຈິງ\nຄຳສັນຍາຫວານໆ ອາດແມ່ນກັບດັກ\nຢຸດ, ຖາມ, ກວດສອບ ກ່ອນຈະຕອບຮັບ\nວຽກແທ້ ບໍ່ເລັ່ງໃຫ້ເຮົາຟ້າວຕັດສິນໃຈ',
        'ບໍ່ແມ່ນຄວາມຜິດຂອງນາງ ທີ່ຖືກຫຼອກລວງ\nຄົນຜິດແມ່ນຜູ້ທີ່ຫຼອກລວງ ແລະ ຂູດຮີດ\nມື້ນີ້ນາງກັບມາແລ້ວ ເພາະມີຄົນໂທ 1300\nຖ້າເຈົ້າສົງໄສ ໂທຖາມ 1300 ກ່ອນ',
      ].join('\n\n'),
      en: [
        'A message pops up on my phone at midnight\n“Easy work, high pay, no experience needed”\nTravel, a place to stay, they’ll pay for it all\nJust send a photo of your ID and one of your face, and you can go right away',
        'Too good to be true, too good to be true\nSweet promises can be a trap\nStop, ask, check before you say yes\nA real job doesn’t rush you to decide',
        'A friend of ours followed an ad like that\nWhen she arrived, they took her passport\nThey said she owed them for the fare, the food, the room\nHowever much she worked, the debt never ended',
        'Too good to be true, too good to be true\nSweet promises can be a trap\nStop, ask, check before you say yes\nA real job doesn’t rush you to decide',
        'It wasn’t her fault that she was deceived\nThe ones at fault are those who deceive and exploit\nToday she’s back home because someone called 1300\nIf you have doubts, call 1300 and ask first',
      ].join('\n\n'),
    },
    credits: {
      lo: 'ຄຳຮ້ອງ: ດາລາວັນ ໄຊຍະວົງ. ທຳນອງ ແລະ ດົນຕີ: ວົງ ດາວເໜືອ. ຂັບຮ້ອງ: ບຸນມີ ແກ້ວມະນີ ແລະ ວົງ ດາວເໜືອ.',
      en: 'Words: Dalavanh Xayavong. Music and arrangement: Dao Nuea Band. Performed by Bounmy Keomany and Dao Nuea Band.',
    },
    audio: 'audio/song-too-good-to-be-true.mp3',
    cover: 'images/cover-too-good-to-be-true.jpg',
    publishedAt: '2026-07-10T02:00:00.000Z',
    campaigns: ['safe-journeys-2026'],
    topics: ['online-recruitment-scams', 'labour-exploitation', 'how-to-report'],
    provinces: ['LA-VT', 'LA-BK', 'LA-XI'],
    audiences: ['youth', 'migrant-workers'],
  },
  {
    slug: 'call-1300',
    title: { lo: 'ໂທ 1300', en: 'Call 1300' },
    artists: ['ມະນີຈັນ ສີສຸວັນ', 'ຄຳແກ້ວ ວົງໄຊ'],
    language: 'lo',
    lyrics: {
      lo: [
        'ຖ້າເຈົ້າເຫັນໝູ່ ຖືກບັງຄັບເຮັດວຽກບໍ່ໄດ້ພັກ\nຖ້າມີຄົນຖືກຍຶດເອກະສານ ບໍ່ໃຫ້ກັບບ້ານ\nຢ່າມິດງຽບ ຢ່າຄິດວ່າບໍ່ແມ່ນເລື່ອງຂອງເຮົາ\nມີເບີໜຶ່ງເບີ ທີ່ທຸກຄົນຄວນຈື່ໄວ້',
        'ໜຶ່ງ ສາມ ສູນ ສູນ\nສາຍດ່ວນຕ້ານການຄ້າມະນຸດ ຈື່ໄວ້ໃຫ້ດີ\nໜຶ່ງ ສາມ ສູນ ສູນ\nບອກຕໍ່ໃຫ້ໝູ່ ບອກຕໍ່ໃຫ້ພີ່ນ້ອງ',
        'ຖ້າເຈົ້າເປັນຜູ້ຍິງ ມີເລື່ອງທຸກໃຈຢາກປຶກສາ\nເລື່ອງຄອບຄົວ ເລື່ອງແຕ່ງງານທີ່ມີຄົນມາບັງຄັບ\nສາຍ 1362 ຂອງສະຫະພັນແມ່ຍິງ ພ້ອມຮັບຟັງ\nບໍ່ມີໃຜຕັດສິນ ບໍ່ມີໃຜກ່າວໂທດເຈົ້າ',
        'ໜຶ່ງ ສາມ ສູນ ສູນ\nສາຍດ່ວນຕ້ານການຄ້າມະນຸດ ຈື່ໄວ້ໃຫ້ດີ\nໜຶ່ງ ສາມ ສູນ ສູນ\nບອກຕໍ່ໃຫ້ໝູ່ ບອກຕໍ່ໃຫ້ພີ່ນ້ອງ',
        'ຈື່ໄວ້ ໜຶ່ງ ສາມ ສູນ ສູນ\nໂທໜຶ່ງສາຍ ອາດຊ່ວຍໄດ້ໜຶ່ງຊີວິດ',
      ].join('\n\n'),
      en: [
        'If you see a friend forced to work without rest\nIf someone’s papers are taken and they can’t go home\nDon’t stay silent, don’t think it’s none of our business\nThere’s one number everyone should remember',
        'One, three, zero, zero\nThe anti-trafficking hotline, remember it well\nOne, three, zero, zero\nPass it on to your friends, pass it on to your family',
        'If you’re a woman with a worry you want to talk through\nAbout your family, about a marriage someone is forcing on you\nThe Women’s Union line, 1362, is ready to listen\nNo one will judge you, no one will blame you',
        'One, three, zero, zero\nThe anti-trafficking hotline, remember it well\nOne, three, zero, zero\nPass it on to your friends, pass it on to your family',
        'Remember: one, three, zero, zero\nOne call could help save a life',
      ].join('\n\n'),
    },
    credits: {
      lo: 'ຄຳຮ້ອງ ແລະ ທຳນອງ: ສຸລິຍາ ວົງພະຈັນ. ຂັບຮ້ອງຄູ່: ມະນີຈັນ ສີສຸວັນ ແລະ ຄຳແກ້ວ ວົງໄຊ. ຜະລິດຮ່ວມກັບສະມາຄົມຂົວແສງ.',
      en: 'Words and music: Souliya Vongphachanh. Duet: Manichanh Sisouvanh and Khamkeo Vongxay. Produced with the Khua Saeng Association.',
    },
    audio: 'audio/song-call-1300.mp3',
    cover: 'images/cover-call-1300.jpg',
    publishedAt: '2020-05-20T02:00:00.000Z',
    campaigns: ['first-half-2020'],
    topics: [
      'how-to-report',
      'labour-exploitation',
      'forced-and-brokered-marriage',
      'victim-support',
    ],
    provinces: ['LA-VT', 'LA-OU', 'LA-HO', 'LA-XA'],
    audiences: ['youth', 'parents', 'community-leaders'],
  },
]
