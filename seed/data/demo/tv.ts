import type { DemoTvSpot } from './types'

/**
 * Two TV spots. 'know-the-hotline' is exactly 15 seconds long and 'ask-three-questions' exactly
 * 30 seconds; cues are in seconds.
 */
export const tvSpots: DemoTvSpot[] = [
  {
    slug: 'know-the-hotline',
    title: { lo: 'ຈື່ສາຍດ່ວນ 1300', en: 'Know the Hotline' },
    script: {
      lo: [
        'ສາກ 1 (0–4 ວິນາທີ)\nພາບ: ຍິງສາວຄົນໜຶ່ງນັ່ງຢູ່ສະຖານີລົດເມ ແນມເບິ່ງໂທລະສັບ. ໜ້າຈໍມີຂໍ້ຄວາມ: “ວຽກຕ່າງປະເທດ ເງິນເດືອນສູງ ອອກເດີນທາງມື້ອື່ນ!”\nສຽງ: ສຽງແຈ້ງເຕືອນຂໍ້ຄວາມ. ຍິງສາວ: “ວຽກນີ້ດີແທ້... ແຕ່ແມ່ນແທ້ບໍນໍ?”',
        'ສາກ 2 (4–7 ວິນາທີ)\nພາບ: ໝູ່ຂອງນາງນັ່ງລົງຂ້າງໆ ແລະ ຊີ້ໃສ່ໂປສເຕີທີ່ມີເລກ 1300.\nສຽງ: ໝູ່: “ບໍ່ແນ່ໃຈ ໂທຖາມ 1300 ກ່ອນ.”',
        'ສາກ 3 (7–15 ວິນາທີ)\nພາບ: ເລກ 1300 ໃຫຍ່ເຕັມຈໍ, ມີເລກ 1362 ຢູ່ລຸ່ມ.\nສຽງ: ຜູ້ບັນຍາຍ: “1300 ສາຍດ່ວນຕ້ານການຄ້າມະນຸດ. ປຶກສາສະຫະພັນແມ່ຍິງລາວ ໂທ 1362.”',
      ].join('\n\n'),
      en: [
        'SCENE 1 (0–4 s)\nVISUAL: A young woman sits at a bus station, looking at her phone. On the screen, a message: “Job abroad, high pay, leave tomorrow!”\nAUDIO: Message alert. YOUNG WOMAN: “This job looks great... but is it real?”',
        'SCENE 2 (4–7 s)\nVISUAL: Her friend sits down beside her and points to a poster showing 1300.\nAUDIO: FRIEND: “Not sure? Call 1300 and ask first.”',
        'SCENE 3 (7–15 s)\nVISUAL: The number 1300 fills the screen, with 1362 below it.\nAUDIO: VOICE-OVER: “1300, the anti-trafficking hotline. For counselling from the Lao Women’s Union, call 1362.”',
      ].join('\n\n'),
    },
    video: 'video/tv-know-the-hotline.mp4',
    cues: [
      {
        start: 0.5,
        end: 3.5,
        lo: 'ວຽກນີ້ດີແທ້... ແຕ່ແມ່ນແທ້ບໍນໍ?',
        en: 'This job looks great... but is it real?',
      },
      { start: 4, end: 6.5, lo: 'ບໍ່ແນ່ໃຈ ໂທຖາມ 1300 ກ່ອນ.', en: 'Not sure? Call 1300 and ask first.' },
      {
        start: 7,
        end: 10,
        lo: '1300 ສາຍດ່ວນຕ້ານການຄ້າມະນຸດ.',
        en: '1300, the anti-trafficking hotline.',
      },
      {
        start: 10.5,
        end: 14,
        lo: 'ປຶກສາສະຫະພັນແມ່ຍິງລາວ ໂທ 1362.',
        en: 'For counselling from the Lao Women’s Union, call 1362.',
      },
    ],
    publishedAt: '2020-02-20T10:00:00.000Z',
    campaigns: ['first-half-2020'],
    topics: ['how-to-report', 'victim-support', 'online-recruitment-scams'],
    provinces: ['LA-VT', 'LA-CH', 'LA-XA'],
    audiences: ['youth', 'parents'],
  },
  {
    slug: 'ask-three-questions',
    title: { lo: 'ຖາມສາມຄຳຖາມ', en: 'Ask Three Questions' },
    script: {
      lo: [
        'ສາກ 1 (0–4 ວິນາທີ)\nພາບ: ຊາຍໜຸ່ມຄົນໜຶ່ງຢູ່ຕະຫຼາດ ອ່ານຂໍ້ຄວາມຊວນໄປເຮັດວຽກຢູ່ຕ່າງປະເທດໃນໂທລະສັບ.\nສຽງ: ຊາຍໜຸ່ມ: “ມີຄົນຊວນໄປເຮັດວຽກຢູ່ຕ່າງປະເທດ. ຂ້ອຍຄວນໄປບໍ?”',
        'ສາກ 2 (4–7 ວິນາທີ)\nພາບ: ພາບຢຸດນິ່ງ. ຕົວໜັງສືຂຶ້ນຈໍ: “ກ່ອນຕອບຮັບ ຖາມສາມຄຳຖາມ.”\nສຽງ: ຜູ້ບັນຍາຍ: “ກ່ອນຕອບຮັບ ຖາມສາມຄຳຖາມນີ້.”',
        'ສາກ 3 (7–19 ວິນາທີ)\nພາບ: ຕົວເລກ 1, 2, 3 ປາກົດຂຶ້ນເທື່ອລະຕົວ ພ້ອມພາບປະກອບ: ໃບອະນຸຍາດຈັດຫາງານ, ສັນຍາແຮງງານ, ໜັງສືຜ່ານແດນໃນມືຂອງຊາຍໜຸ່ມ.\nສຽງ: ຜູ້ບັນຍາຍ: “ໜຶ່ງ: ບໍລິສັດນີ້ມີໃບອະນຸຍາດຈັດຫາງານບໍ? ສອງ: ມີສັນຍາເປັນລາຍລັກອັກສອນ ທີ່ຂ້ອຍອ່ານເຂົ້າໃຈບໍ? ສາມ: ຂ້ອຍຈະໄດ້ເກັບໜັງສືຜ່ານແດນໄວ້ເອງບໍ?”',
        'ສາກ 4 (19–23 ວິນາທີ)\nພາບ: ຊາຍໜຸ່ມວາງໂທລະສັບລົງ ແລະ ຍິ້ມຢ່າງໝັ້ນໃຈ.\nສຽງ: ຊາຍໜຸ່ມ: “ຖ້າຄຳຕອບບໍ່ຊັດເຈນ ຂ້ອຍຈະບໍ່ໄປ.”',
        'ສາກ 5 (23–30 ວິນາທີ)\nພາບ: ຊາຍໜຸ່ມລົມກັບແມ່ຢູ່ໜ້າເຮືອນ. ປິດທ້າຍດ້ວຍເລກ 1300 ເຕັມຈໍ.\nສຽງ: ຜູ້ບັນຍາຍ: “ບອກຄອບຄົວວ່າໄປໃສ ໄປກັບໃຜ. ສົງໄສ ຫຼື ມີບັນຫາ ໂທ 1300.”',
      ].join('\n\n'),
      en: [
        'SCENE 1 (0–4 s)\nVISUAL: A young man at a market reads a message on his phone inviting him to work abroad.\nAUDIO: YOUNG MAN: “Someone’s invited me to work abroad. Should I go?”',
        'SCENE 2 (4–7 s)\nVISUAL: Freeze frame. On-screen text: “Before you say yes, ask three questions.”\nAUDIO: VOICE-OVER: “Before you say yes, ask these three questions.”',
        'SCENE 3 (7–19 s)\nVISUAL: The numbers 1, 2 and 3 appear one by one with pictures: a recruitment licence, an employment contract, a passport in the young man’s hand.\nAUDIO: VOICE-OVER: “One: does this company have a recruitment licence? Two: is there a written contract that I can read and understand? Three: will I keep my own passport?”',
        'SCENE 4 (19–23 s)\nVISUAL: The young man puts his phone down and smiles confidently.\nAUDIO: YOUNG MAN: “If the answers aren’t clear, I won’t go.”',
        'SCENE 5 (23–30 s)\nVISUAL: The young man talks with his mother in front of their house. The spot ends with 1300 filling the screen.\nAUDIO: VOICE-OVER: “Tell your family where you’re going and who with. Unsure or in trouble? Call 1300.”',
      ].join('\n\n'),
    },
    video: 'video/tv-ask-three-questions.mp4',
    cues: [
      {
        start: 0.5,
        end: 3.5,
        lo: 'ມີຄົນຊວນໄປເຮັດວຽກຢູ່ຕ່າງປະເທດ. ຂ້ອຍຄວນໄປບໍ?',
        en: 'Someone’s invited me to work abroad. Should I go?',
      },
      {
        start: 4,
        end: 6.5,
        lo: 'ກ່ອນຕອບຮັບ ຖາມສາມຄຳຖາມນີ້.',
        en: 'Before you say yes, ask these three questions.',
      },
      {
        start: 7,
        end: 10.5,
        lo: 'ໜຶ່ງ: ບໍລິສັດນີ້ມີໃບອະນຸຍາດຈັດຫາງານບໍ?',
        en: 'One: does this company have a recruitment licence?',
      },
      {
        start: 11,
        end: 14.5,
        lo: 'ສອງ: ມີສັນຍາເປັນລາຍລັກອັກສອນ ທີ່ຂ້ອຍອ່ານເຂົ້າໃຈບໍ?',
        en: 'Two: is there a written contract that I can read and understand?',
      },
      {
        start: 15,
        end: 18.5,
        lo: 'ສາມ: ຂ້ອຍຈະໄດ້ເກັບໜັງສືຜ່ານແດນໄວ້ເອງບໍ?',
        en: 'Three: will I keep my own passport?',
      },
      {
        start: 19.5,
        end: 22.5,
        lo: 'ຖ້າຄຳຕອບບໍ່ຊັດເຈນ ຂ້ອຍຈະບໍ່ໄປ.',
        en: 'If the answers aren’t clear, I won’t go.',
      },
      {
        start: 23,
        end: 26,
        lo: 'ບອກຄອບຄົວວ່າໄປໃສ ໄປກັບໃຜ.',
        en: 'Tell your family where you’re going and who with.',
      },
      {
        start: 26.5,
        end: 29.5,
        lo: 'ສົງໄສ ຫຼື ມີບັນຫາ ໂທ 1300.',
        en: 'Unsure or in trouble? Call 1300.',
      },
    ],
    publishedAt: '2026-07-15T10:00:00.000Z',
    campaigns: ['safe-journeys-2026'],
    topics: ['safe-migration', 'online-recruitment-scams', 'labour-exploitation', 'how-to-report'],
    provinces: ['LA-SV', 'LA-BK', 'LA-CH'],
    audiences: ['youth', 'migrant-workers', 'parents'],
  },
]
