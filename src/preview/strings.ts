import type { Locale } from '@/lib/locales'

/** The preview's own words, in Lao and English. */
const strings = {
  lo: {
    banner: 'ຕົວຢ່າງຂອງສະບັບຮ່າງ: ຍັງບໍ່ໄດ້ເຜີຍແຜ່. ສະເພາະພະນັກງານທີ່ເຂົ້າສູ່ລະບົບເທົ່ານັ້ນທີ່ເຫັນໜ້ານີ້.',
    invalidTitle: 'ລິ້ງເບິ່ງຕົວຢ່າງນີ້ໃຊ້ບໍ່ໄດ້',
    expiredTitle: 'ລິ້ງເບິ່ງຕົວຢ່າງນີ້ໝົດອາຍຸແລ້ວ',
    againText: 'ກະລຸນາເປີດການເບິ່ງຕົວຢ່າງອີກຄັ້ງ ຈາກປຸ່ມ "ເບິ່ງຕົວຢ່າງ" ໃນໜ້າຜູ້ດູແລ.',
    signInTitle: 'ກະລຸນາເຂົ້າສູ່ລະບົບ ເພື່ອເບິ່ງຕົວຢ່າງນີ້',
    signInText: 'ການເບິ່ງຕົວຢ່າງສະບັບຮ່າງ ແມ່ນສຳລັບພະນັກງານຂອງ ສຽງ ທີ່ເຂົ້າສູ່ລະບົບແລ້ວ.',
    signIn: 'ເຂົ້າສູ່ລະບົບ',
    staffOnlyTitle: 'ການເບິ່ງຕົວຢ່າງແມ່ນສຳລັບພະນັກງານເທົ່ານັ້ນ',
    staffOnlyText: 'ບັນຊີຂອງທ່ານບໍ່ສາມາດເບິ່ງສະບັບຮ່າງໄດ້.',
    missingTitle: 'ບໍ່ມີຫຍັງໃຫ້ເບິ່ງຕົວຢ່າງ',
    missingText: 'ສະບັບຮ່າງນີ້ບໍ່ມີ ຫຼື ບັນຊີຂອງທ່ານບໍ່ສາມາດອ່ານມັນໄດ້.',
  },
  en: {
    banner: 'Preview of a draft: not published. Only signed-in staff can see this page.',
    invalidTitle: 'This preview link does not work',
    expiredTitle: 'This preview link has expired',
    againText: 'Open the preview again with the Preview button in the admin.',
    signInTitle: 'Sign in to see this preview',
    signInText: 'Previews of drafts are for Siang’s signed-in staff.',
    signIn: 'Sign in',
    staffOnlyTitle: 'Previews are for staff only',
    staffOnlyText: 'Your account cannot see drafts.',
    missingTitle: 'Nothing to preview here',
    missingText: 'This draft does not exist, or your account may not read it.',
  },
} satisfies Record<Locale, Record<string, string>>

export type PreviewKey = keyof (typeof strings)['en']

export const previewStrings = (locale: Locale) => strings[locale]
