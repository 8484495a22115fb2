/** Site settings for the demo. Check the numbers with the committee before going live. */
export const settings = {
  hotlines: [
    { number: '1300', lo: 'ສາຍດ່ວນຕ້ານການຄ້າມະນຸດ', en: 'Anti-trafficking hotline' },
    {
      number: '1362',
      lo: 'ສາຍດ່ວນໃຫ້ຄຳປຶກສາ ສະຫະພັນແມ່ຍິງລາວ',
      en: 'Lao Women’s Union counselling line',
    },
  ],
  footer: {
    lo: 'ຄະນະກຳມະການຕ້ານການຄ້າມະນຸດ ລະດັບຊາດ. ຖ້າທ່ານ ຫຼື ຄົນໃກ້ຕົວຕົກຢູ່ໃນອັນຕະລາຍ, ໂທຫາສາຍດ່ວນໄດ້ທຸກເວລາ.',
    en: 'National Committee for Anti-Human Trafficking. If you or someone close to you is in danger, call the hotline at any time.',
  },
  /**
   * Published material is meant to travel: any site may show the players, and partners who
   * register their sites also get their own counts. Staff can keep the players to registered
   * partners' sites instead (site settings, "Any site may embed the players").
   */
  embedAnywhere: true,
  /** Where partners write to have their sites added (shown beside every embed code). */
  embedContact: 'partners@siang.example.la',
  /** What podcast apps require of every feed (src/globals/SiteSettings/podcastFields.ts). */
  podcast: {
    artwork: 'images/podcast-artwork.jpg',
    title: {
      lo: 'ສຽງ: ເພງ ແລະ ວິທະຍຸ ຕ້ານການຄ້າມະນຸດ',
      en: 'Siang: songs and radio against human trafficking',
    },
    owner: {
      lo: 'ຄະນະກຳມະການຕ້ານການຄ້າມະນຸດ ລະດັບຊາດ',
      en: 'National Committee for Anti-Human Trafficking',
    },
    email: 'podcast@siang.example.la',
  },
  /**
   * The help page (/{locale}/help): the apps people message the hotline through, and the short
   * guidance. The handles are demo ones (a 000 number): set the committee's own.
   */
  messaging: [
    { platform: 'whatsapp', handle: '+856 20 0000 1300' },
    { platform: 'messenger', handle: 'siang.demo' },
    { platform: 'telegram', handle: 'siang_demo' },
    { platform: 'line', handle: 'siang-demo' },
    { platform: 'viber', handle: '+856 20 0000 1300' },
    { platform: 'sms', handle: '1300', keyword: 'ຊ່ວຍ' },
  ] as const,
  helpGuidance: {
    lo: `## ສັນຍານຂອງການສະເໜີວຽກປອມ
• ເງິນເດືອນສູງຫຼາຍ ສຳລັບວຽກທີ່ບໍ່ຕ້ອງມີປະສົບການ.
• ບໍ່ມີສັນຍາເປັນລາຍລັກອັກສອນ, ຫຼື ສັນຍາເປັນພາສາທີ່ທ່ານອ່ານບໍ່ອອກ.
• ໃຫ້ຈ່າຍຄ່ານາຍໜ້າ ຫຼື ຄ່າເດີນທາງກ່ອນ, ຫຼື ບອກວ່າຈະຫັກຈາກເງິນເດືອນພາຍຫຼັງ.
• ຂໍເກັບໜັງສືຜ່ານແດນ ຫຼື ບັດປະຈຳຕົວຂອງທ່ານໄວ້.
• ບອກໃຫ້ຂ້າມຊາຍແດນທາງທີ່ບໍ່ແມ່ນດ່ານ, ຫຼື ບໍ່ໃຫ້ບອກຄອບຄົວ.

## ກ່ອນໄປເຮັດວຽກຕ່າງປະເທດ
• ກວດເບິ່ງວ່າບໍລິສັດຈັດຫາງານ ໄດ້ຮັບອະນຸຍາດຈາກກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ.
• ເຮັດໜັງສືຜ່ານແດນ ແລະ ວີຊາເຮັດວຽກດ້ວຍຕົນເອງ. ຖ່າຍສຳເນົາໄວ້ ແລະ ຝາກໄວ້ກັບຄອບຄົວ.
• ຈົດຊື່, ທີ່ຢູ່ ແລະ ເບີໂທຂອງນາຍຈ້າງ ແລະ ຂອງສະຖານທູດລາວ ໃນປະເທດທີ່ຈະໄປ.
• ຕົກລົງກັບຄອບຄົວວ່າຈະໂທຫາກັນທຸກອາທິດ, ແລະ ມີຄຳລັບທີ່ໃຊ້ເມື່ອມີບັນຫາ.

## ຖ້າມີຄົນຫາຍ
• ບໍ່ຕ້ອງລໍຖ້າ: ໂທຫາສາຍດ່ວນ 1300 ຫຼື ແຈ້ງຕຳຫຼວດໃກ້ບ້ານທັນທີ.
• ກຽມຮູບຖ່າຍຫຼ້າສຸດ, ເບີໂທ, ບັນຊີສື່ສັງຄົມ, ແລະ ຊື່ຂອງຄົນ ຫຼື ບໍລິສັດທີ່ພາໄປ.
• ເກັບຂໍ້ຄວາມ ແລະ ຫຼັກຖານການໂອນເງິນທັງໝົດໄວ້, ຢ່າລຶບ.
• ຖ້າຄົນທີ່ຫາຍຢູ່ຕ່າງປະເທດ, ຕິດຕໍ່ສະຖານທູດລາວ ປະຈຳປະເທດນັ້ນນຳ.`,
    en: `## Signs of a fake job offer
• Very high pay for work that needs no experience.
• No written contract, or a contract in a language you cannot read.
• You must pay a broker's fee or travel costs first, or are told they will come out of your pay.
• They ask to keep your passport or ID card.
• You are told to cross the border away from a checkpoint, or not to tell your family.

## Before going to work abroad
• Check that the recruitment agency is licensed by the Ministry of Labour and Social Welfare.
• Get your passport and work visa yourself. Copy them and leave the copies with your family.
• Write down the name, address and phone number of the employer and of the Lao embassy in the country you go to.
• Agree with your family to call every week, and on a code word to use if something is wrong.

## If someone is missing
• Do not wait: call the 1300 hotline or tell the nearest police at once.
• Have a recent photo ready, their phone number, social media accounts, and the name of the person or company who took them.
• Keep every message and every money transfer receipt; do not delete them.
• If the missing person is abroad, contact the Lao embassy in that country too.`,
  },
}
