import type { Locale } from '@/lib/locales'
import type { AnswerProblem } from '@/lib/answers'
import { inLanguage, type Bilingual, type InLanguage } from '@/i18n/bilingual'

/**
 * The words of the quiz and poll pages, each in English and Lao (the rest of the site's are in
 * ./strings.ts). The page's script reads the ones it shows from the form's `data-say`.
 */
const strings = {
  questionOf: {
    en: (i: number, n: number) => `Question ${i} of ${n}`,
    lo: (i: number, n: number) => `ຄຳຖາມທີ ${i} ຈາກ ${n}`,
  },
  questionCount: {
    en: (n: number) => (n === 1 ? '1 question' : `${n} questions`),
    lo: (n: number) => `${n} ຄຳຖາມ`,
  },
  seeScore: { en: 'See my score', lo: 'ເບິ່ງຄະແນນ' },
  nextQuestion: { en: 'Next question', lo: 'ຄຳຖາມຕໍ່ໄປ' },
  right: { en: 'Right!', lo: 'ຖືກຕ້ອງ!' },
  wrong: { en: 'Not quite.', lo: 'ຍັງບໍ່ຖືກ.' },
  rightAnswer: { en: 'The right answer', lo: 'ຄຳຕອບທີ່ຖືກ' },
  yourAnswer: { en: 'Your answer', lo: 'ຄຳຕອບຂອງທ່ານ' },
  score: {
    en: (score: number | string, total: number | string) => `You got ${score} of ${total} right`,
    lo: (score: number | string, total: number | string) => `ທ່ານຕອບຖືກ ${score} ຈາກ ${total} ຂໍ້`,
  },
  tryAgain: { en: 'Try again', lo: 'ລອງອີກເທື່ອໜຶ່ງ' },
  testYourself: { en: 'Test what you know', lo: 'ທົດສອບຄວາມຮູ້ຂອງທ່ານ' },
  profileTitle: { en: 'About you (you may skip this)', lo: 'ກ່ຽວກັບທ່ານ (ຂ້າມໄດ້)' },
  profileNote: {
    en: 'It helps the committee know who it reaches. No name, no contact. Your answers here are remembered on this phone only.',
    lo: 'ຊ່ວຍໃຫ້ຄະນະກຳມະການຮູ້ວ່າເຂົ້າເຖິງໃຜແດ່. ບໍ່ຕ້ອງບອກຊື່ ຫຼື ເບີໂທ. ຄຳຕອບສ່ວນນີ້ຈື່ໄວ້ໃນໂທລະສັບນີ້ເທົ່ານັ້ນ.',
  },
  age: { en: 'Age', lo: 'ອາຍຸ' },
  sex: { en: 'Sex', lo: 'ເພດ' },
  province: { en: 'Province', lo: 'ແຂວງ' },
  notSaying: { en: 'Not saying', lo: 'ບໍ່ບອກ' },
  vote: { en: 'Vote', lo: 'ລົງຄະແນນ' },
  thanks: { en: 'Thank you for voting.', lo: 'ຂອບໃຈທີ່ລົງຄະແນນ.' },
  results: { en: 'Results', lo: 'ຜົນ' },
  votes: {
    en: (n: number | string) => (String(n) === '1' ? '1 vote' : `${n} votes`),
    lo: (n: number | string) => `${n} ຄະແນນ`,
  },
  closed: { en: 'This poll is closed.', lo: 'ແບບສຳຫຼວດນີ້ປິດແລ້ວ.' },
  opensOn: {
    en: (date: string) => `This poll opens on ${date}.`,
    lo: (date: string) => `ແບບສຳຫຼວດນີ້ຈະເປີດວັນທີ ${date}.`,
  },
  closesOn: {
    en: (date: string) => `Open until ${date}.`,
    lo: (date: string) => `ເປີດຮອດວັນທີ ${date}.`,
  },
  resultsLater: {
    en: 'The results will be shown once the poll has closed.',
    lo: 'ຜົນຈະສະແດງເມື່ອແບບສຳຫຼວດປິດແລ້ວ.',
  },
  resultsNever: {
    en: 'The results go to the committee.',
    lo: 'ຜົນຈະສົ່ງໃຫ້ຄະນະກຳມະການ.',
  },
  offline: {
    en: 'Not sent: there is no connection. Try again when you have signal.',
    lo: 'ຍັງບໍ່ໄດ້ສົ່ງ: ບໍ່ມີສັນຍານ. ລອງໃໝ່ເມື່ອມີສັນຍານ.',
  },
} satisfies Record<string, Bilingual<unknown>>

/** What each refusal says to a visitor (the endpoint's English is for developers). */
const problems: Record<AnswerProblem, Bilingual> = {
  shape: { en: 'That did not work. Please try again.', lo: 'ບໍ່ສຳເລັດ. ກະລຸນາລອງໃໝ່.' },
  answers: { en: 'Please answer every question.', lo: 'ກະລຸນາຕອບທຸກຄຳຖາມ.' },
  option: { en: 'Please choose one of the options.', lo: 'ກະລຸນາເລືອກໜຶ່ງຕົວເລືອກ.' },
  profile: {
    en: 'Please choose from the lists, or leave them as “Not saying”.',
    lo: 'ກະລຸນາເລືອກຈາກລາຍການ ຫຼື ປ່ອຍໄວ້ “ບໍ່ບອກ”.',
  },
  token: { en: 'That did not work. Please try again.', lo: 'ບໍ່ສຳເລັດ. ກະລຸນາລອງໃໝ່.' },
  'too-big': { en: 'That did not work. Please try again.', lo: 'ບໍ່ສຳເລັດ. ກະລຸນາລອງໃໝ່.' },
  flood: {
    en: 'Too many answers came from your connection. Please wait a few minutes and try again.',
    lo: 'ມີຄຳຕອບຈາກການເຊື່ອມຕໍ່ຂອງທ່ານຫຼາຍເກີນໄປ. ກະລຸນາລໍຖ້າຈັກໜ້ອຍ ແລ້ວລອງໃໝ່.',
  },
  'not-found': { en: 'This is no longer open.', lo: 'ອັນນີ້ບໍ່ເປີດແລ້ວ.' },
  'not-open': { en: 'This poll is not open yet.', lo: 'ແບບສຳຫຼວດນີ້ຍັງບໍ່ເປີດ.' },
  closed: { en: 'This poll is closed.', lo: 'ແບບສຳຫຼວດນີ້ປິດແລ້ວ.' },
  voted: {
    en: 'You have already voted in this poll.',
    lo: 'ທ່ານໄດ້ລົງຄະແນນໃນແບບສຳຫຼວດນີ້ແລ້ວ.',
  },
  unavailable: {
    en: 'Your answer could not be saved just now. Please try again in a minute.',
    lo: 'ບັນທຶກຄຳຕອບບໍ່ໄດ້ໃນຕອນນີ້. ກະລຸນາລອງໃໝ່ໃນອີກໜຶ່ງນາທີ.',
  },
}

const byLocale = { en: inLanguage(strings, 'en'), lo: inLanguage(strings, 'lo') }

export type AnswerStrings = InLanguage<typeof strings>

export const answerStrings = (locale: Locale): AnswerStrings => byLocale[locale]

/** The sentence for a refusal, in the page's language; any other word gets the general one. */
export const problemSaid = (problem: string, locale: Locale): string =>
  (Object.hasOwn(problems, problem) ? problems[problem as AnswerProblem] : problems.shape)[locale]

/** Every refusal's sentence, for the page's script. */
export const problemsSaid = (locale: Locale): Record<string, string> =>
  Object.fromEntries(Object.entries(problems).map(([key, words]) => [key, words[locale]]))
