/**
 * The words Siang uses for its things, in Lao and English. The admin's labels and the public
 * site's words both come from here, so that an officer and a visitor read the same word for the
 * same thing. The Lao follows the committee's own usage (ໂທລະພາບ, ສື່ສັງຄົມ).
 */
import type { ServiceKind } from '../lib/help'
import type { AgeBand, Sex } from '../lib/profile'

export type Word = { lo: string; en: string }
export type Noun = Word & { enPlural: string }

const noun = (lo: string, en: string, enPlural = `${en}s`): Noun => ({ lo, en, enPlural })

const radio: Word = { lo: 'ວິທະຍຸ', en: 'Radio' }
const tv: Word = { lo: 'ໂທລະພາບ', en: 'TV' }
const socialMedia: Word = { lo: 'ສື່ສັງຄົມ', en: 'Social media' }

export const glossary = {
  campaign: noun('ແຄມເປນ', 'Campaign'),
  song: noun('ເພງ', 'Song'),
  drama: noun('ລະຄອນ', 'Drama'),
  episode: noun('ຕອນ', 'Episode'),
  radio,
  tv,
  socialMedia,
  radioSpot: noun(`ສະປອດ${radio.lo}`, 'Radio spot'),
  tvSpot: noun(`ສະປອດ${tv.lo}`, 'TV spot'),
  socialPost: noun(`ໂພສ${socialMedia.lo}`, 'Social post'),
  news: noun('ຂ່າວ', 'News item', 'News'),
  topic: noun('ຫົວເລື່ອງ', 'Topic'),
  province: noun('ແຂວງ', 'Province'),
  station: noun('ສະຖານີ', 'Station'),
  service: noun('ບ່ອນໃຫ້ຄວາມຊ່ວຍເຫຼືອ', 'Service'),
  question: noun('ຄຳຖາມ', 'Question'),
  quiz: noun('ແບບທົດສອບ', 'Quiz', 'Quizzes'),
  poll: noun('ແບບສຳຫຼວດ', 'Poll'),
} as const

/** The kinds of service in the help directory (src/lib/help.ts), as the admin and site name them. */
export const serviceKindWords = {
  shelter: { lo: 'ສູນພັກພິງ', en: 'Shelter' },
  police: { lo: 'ຕຳຫຼວດຕ້ານການຄ້າມະນຸດ', en: 'Police anti-trafficking unit' },
  'womens-union': { lo: 'ສະຫະພັນແມ່ຍິງ', en: 'Lao Women’s Union office' },
  'legal-aid': { lo: 'ການຊ່ວຍເຫຼືອທາງກົດໝາຍ', en: 'Legal aid' },
  health: { lo: 'ບໍລິການສາທາລະນະສຸກ', en: 'Health service' },
  embassy: { lo: 'ສະຖານທູດລາວ ຢູ່ຕ່າງປະເທດ', en: 'Lao embassy abroad' },
} as const satisfies Record<ServiceKind, Word>

/** The optional profile of quiz and poll answers (src/lib/profile.ts): U-Report's age bands. */
export const ageBandWords = {
  '0-14': { en: '0–14', lo: '0–14 ປີ' },
  '15-19': { en: '15–19', lo: '15–19 ປີ' },
  '20-24': { en: '20–24', lo: '20–24 ປີ' },
  '25-30': { en: '25–30', lo: '25–30 ປີ' },
  '31-34': { en: '31–34', lo: '31–34 ປີ' },
  '35+': { en: '35 and over', lo: '35 ປີຂຶ້ນໄປ' },
} as const satisfies Record<AgeBand, Word>

export const sexWords = {
  female: { en: 'Female', lo: 'ຍິງ' },
  male: { en: 'Male', lo: 'ຊາຍ' },
  other: { en: 'Other', lo: 'ອື່ນໆ' },
  undisclosed: { en: 'Prefer not to say', lo: 'ບໍ່ຢາກບອກ' },
} as const satisfies Record<Sex, Word>

/** Other Lao words for the same things, which Siang does not use (tests look for them). */
export const avoidedWords: Record<string, keyof typeof glossary> = {
  ຂະບວນການ: 'campaign',
  ໂທລະທັດ: 'tv',
  ໂຊຊຽວ: 'socialMedia',
}

/** A collection's `labels`, as Payload takes them. */
export function labelsOf(term: Noun) {
  return { singular: { en: term.en, lo: term.lo }, plural: pluralOf(term) }
}

/** The plural of a term, as a field's or a list's label (Lao has one form for both). */
export function pluralOf(term: Noun): Word {
  return { en: term.enPlural, lo: term.lo }
}
