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
}
