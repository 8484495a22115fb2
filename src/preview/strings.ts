import { inLanguage, type Bilingual } from '@/i18n/bilingual'
import type { Locale } from '@/lib/locales'

/** The preview's own words, each in English and Lao. */
const strings = {
  banner: {
    en: 'Preview of a draft: not published. Only signed-in staff can see this page.',
    lo: 'ຕົວຢ່າງຂອງສະບັບຮ່າງ: ຍັງບໍ່ໄດ້ເຜີຍແຜ່. ສະເພາະພະນັກງານທີ່ເຂົ້າສູ່ລະບົບເທົ່ານັ້ນທີ່ເຫັນໜ້ານີ້.',
  },
  invalidTitle: { en: 'This preview link does not work', lo: 'ລິ້ງເບິ່ງຕົວຢ່າງນີ້ໃຊ້ບໍ່ໄດ້' },
  expiredTitle: { en: 'This preview link has expired', lo: 'ລິ້ງເບິ່ງຕົວຢ່າງນີ້ໝົດອາຍຸແລ້ວ' },
  againText: {
    en: 'Open the preview again with the Preview button in the admin.',
    lo: 'ກະລຸນາເປີດການເບິ່ງຕົວຢ່າງອີກຄັ້ງ ຈາກປຸ່ມ "ເບິ່ງຕົວຢ່າງ" ໃນໜ້າຜູ້ດູແລ.',
  },
  signInTitle: { en: 'Sign in to see this preview', lo: 'ກະລຸນາເຂົ້າສູ່ລະບົບ ເພື່ອເບິ່ງຕົວຢ່າງນີ້' },
  signInText: {
    en: 'Previews of drafts are for Siang’s signed-in staff.',
    lo: 'ການເບິ່ງຕົວຢ່າງສະບັບຮ່າງ ແມ່ນສຳລັບພະນັກງານຂອງ ສຽງ ທີ່ເຂົ້າສູ່ລະບົບແລ້ວ.',
  },
  signIn: { en: 'Sign in', lo: 'ເຂົ້າສູ່ລະບົບ' },
  staffOnlyTitle: { en: 'Previews are for staff only', lo: 'ການເບິ່ງຕົວຢ່າງແມ່ນສຳລັບພະນັກງານເທົ່ານັ້ນ' },
  staffOnlyText: { en: 'Your account cannot see drafts.', lo: 'ບັນຊີຂອງທ່ານບໍ່ສາມາດເບິ່ງສະບັບຮ່າງໄດ້.' },
  missingTitle: { en: 'Nothing to preview here', lo: 'ບໍ່ມີຫຍັງໃຫ້ເບິ່ງຕົວຢ່າງ' },
  missingText: {
    en: 'This draft does not exist, or your account may not read it.',
    lo: 'ສະບັບຮ່າງນີ້ບໍ່ມີ ຫຼື ບັນຊີຂອງທ່ານບໍ່ສາມາດອ່ານມັນໄດ້.',
  },
} satisfies Record<string, Bilingual>

const byLocale = { en: inLanguage(strings, 'en'), lo: inLanguage(strings, 'lo') }

export type PreviewKey = keyof typeof strings

export const previewStrings = (locale: Locale) => byLocale[locale]
