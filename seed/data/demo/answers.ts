/**
 * Demo quizzes and a poll, from the themes of the committee's article (fake job offers, and the
 * hotline), in Lao and English. Their demo answers are made by seed/answers.ts.
 */
import type { L, Tags } from './types'

export type DemoQuestion = {
  question: L
  options: { label: L; correct?: boolean }[]
  explanation: L
}

export type DemoQuiz = Tags & {
  slug: string
  title: L
  summary: L
  publishedAt: string
  questions: DemoQuestion[]
  /** How many demo attempts, and how likely each question is answered right. */
  attempts: number
  rightRate: number[]
}

export type DemoPoll = Tags & {
  slug: string
  title: L
  summary: L
  publishedAt: string
  options: L[]
  /** How many demo votes, and the share of each option. */
  votes: number
  shares: number[]
}

const tags = {
  campaigns: ['safe-journeys-2026'],
  provinces: ['LA-VT', 'LA-SV', 'LA-CH', 'LA-BK'],
  audiences: ['youth', 'migrant-workers'],
} satisfies Omit<Tags, 'topics'>

export const quizzes: DemoQuiz[] = [
  {
    ...tags,
    slug: 'fake-job-offers',
    topics: ['online-recruitment-scams', 'safe-migration'],
    title: { lo: 'ວຽກດີເກີນຈິງບໍ?', en: 'Too good to be true?' },
    summary: {
      lo: 'ສາມຄຳຖາມ ກ່ຽວກັບການສະເໜີວຽກຢູ່ຕ່າງປະເທດ. ເຈົ້າຮູ້ສັນຍານເຕືອນບໍ?',
      en: 'Three questions about job offers abroad. Do you know the warning signs?',
    },
    publishedAt: '2026-07-15T02:00:00.000Z',
    attempts: 160,
    rightRate: [0.8, 0.55, 0.7],
    questions: [
      {
        question: {
          lo: 'ມີຄົນສະເໜີວຽກຢູ່ຕ່າງປະເທດ ເງິນເດືອນສູງ ບໍ່ຕ້ອງມີປະສົບການ ແລະ ໃຫ້ເດີນທາງພາຍໃນອາທິດນີ້. ເຈົ້າຄວນເຮັດແນວໃດ?',
          en: 'Someone offers you a job abroad: high pay, no experience needed, and you must leave this week. What should you do?',
        },
        options: [
          {
            label: {
              lo: 'ຮີບຕົກລົງ ກ່ອນຄົນອື່ນເອົາໄປ',
              en: 'Say yes quickly, before someone else takes it',
            },
          },
          {
            label: {
              lo: 'ກວດສອບບໍລິສັດ ແລະ ສັນຍາກ່ອນ, ແລະ ປຶກສາຄອບຄົວ',
              en: 'Check the agency and the contract first, and talk to your family',
            },
            correct: true,
          },
          { label: { lo: 'ໃຫ້ໜັງສືຜ່ານແດນແກ່ເຂົາໄວ້ກ່ອນ', en: 'Give them your passport to hold' } },
        ],
        explanation: {
          lo: 'ວຽກທີ່ດີເກີນຈິງ ແລະ ການເລັ່ງໃຫ້ຕັດສິນໃຈໄວ ແມ່ນສັນຍານເຕືອນ. ກວດສອບບໍລິສັດກັບພະແນກແຮງງານ ແລະ ຢ່າມອບເອກະສານໃຫ້ໃຜ.',
          en: 'A job that sounds too good, and a rush to decide, are warning signs. Check the agency with the labour office, and never hand over your papers.',
        },
      },
      {
        question: {
          lo: 'ບໍລິສັດຈັດຫາງານທີ່ຖືກກົດໝາຍ ຂໍເງິນຄ່າສະໝັກກ່ອນເຮັດວຽກບໍ?',
          en: 'Does a legal recruitment agency ask you to pay a fee before you start work?',
        },
        options: [
          { label: { lo: 'ຂໍ, ເປັນເລື່ອງປົກກະຕິ', en: 'Yes, that is normal' } },
          {
            label: {
              lo: 'ບໍ່ຂໍ. ການຂໍເງິນລ່ວງໜ້າເປັນສັນຍານເຕືອນ',
              en: 'No. Asking for money first is a warning sign',
            },
            correct: true,
          },
        ],
        explanation: {
          lo: 'ໜີ້ສິນຈາກຄ່ານາຍໜ້າ ແມ່ນວິທີໜຶ່ງທີ່ຜູ້ຄ້າມະນຸດໃຊ້ຜູກມັດຄົນ.',
          en: 'Debt from recruitment fees is one way traffickers bind people.',
        },
      },
      {
        question: {
          lo: 'ນາຍຈ້າງຂໍເກັບໜັງສືຜ່ານແດນຂອງເຈົ້າໄວ້ “ເພື່ອຄວາມປອດໄພ”. ອັນນີ້...',
          en: 'An employer wants to keep your passport “for safekeeping”. This is…',
        },
        options: [
          {
            label: { lo: 'ບໍ່ເປັນຫຍັງ ຖ້າເຂົາສັນຍາວ່າຈະສົ່ງຄືນ', en: 'Fine, if they promise to give it back' },
          },
          {
            label: {
              lo: 'ບໍ່ຖືກຕ້ອງ: ເອກະສານຂອງເຈົ້າຕ້ອງຢູ່ກັບເຈົ້າ',
              en: 'Not right: your papers must stay with you',
            },
            correct: true,
          },
        ],
        explanation: {
          lo: 'ການຍຶດເອກະສານ ແມ່ນໜຶ່ງໃນສັນຍານຂອງການຄ້າມະນຸດ ແລະ ການບັງຄັບອອກແຮງງານ.',
          en: 'Taking someone’s papers is one of the signs of trafficking and forced labour.',
        },
      },
    ],
  },
  {
    ...tags,
    slug: 'hotline-quiz',
    topics: ['how-to-report', 'victim-support'],
    title: { lo: 'ຮູ້ຈັກສາຍດ່ວນ 1300', en: 'Know the 1300 hotline' },
    summary: {
      lo: 'ຖ້າເຈົ້າ ຫຼື ໝູ່ຕ້ອງການຄວາມຊ່ວຍເຫຼືອ, ເຈົ້າຮູ້ວິທີໂທບໍ?',
      en: 'If you or a friend needed help, would you know how to call?',
    },
    publishedAt: '2026-08-01T02:00:00.000Z',
    attempts: 120,
    rightRate: [0.9, 0.6, 0.5],
    questions: [
      {
        question: {
          lo: 'ສາຍດ່ວນຕ້ານການຄ້າມະນຸດແມ່ນເບີໃດ?',
          en: 'What is the anti-trafficking hotline number?',
        },
        options: [
          { label: { lo: '1300', en: '1300' }, correct: true },
          { label: { lo: '1362', en: '1362' } },
          { label: { lo: '191', en: '191' } },
        ],
        explanation: {
          lo: '1300 ແມ່ນສາຍດ່ວນຕ້ານການຄ້າມະນຸດ. 1362 ແມ່ນສາຍຂອງສະຫະພັນແມ່ຍິງ.',
          en: '1300 is the anti-trafficking hotline. 1362 is the Women’s Union line.',
        },
      },
      {
        question: { lo: 'ໂທຫາສາຍດ່ວນ 1300 ຕ້ອງເສຍເງິນບໍ?', en: 'Does calling 1300 cost money?' },
        options: [
          { label: { lo: 'ເສຍ', en: 'Yes' } },
          { label: { lo: 'ບໍ່ເສຍ, ໂທຟຣີ', en: 'No, it is free' }, correct: true },
        ],
        explanation: {
          lo: 'ໂທຟຣີ. ເຈົ້າບໍ່ຕ້ອງມີເງິນໃນໂທລະສັບ.',
          en: 'It is free. You do not need credit on your phone.',
        },
      },
      {
        question: {
          lo: 'ເຈົ້າຕ້ອງບອກຊື່ ເວລາໂທຫາສາຍດ່ວນບໍ?',
          en: 'Do you have to give your name when you call?',
        },
        options: [
          { label: { lo: 'ຕ້ອງບອກ', en: 'Yes' } },
          { label: { lo: 'ບໍ່ຈຳເປັນ', en: 'No' }, correct: true },
        ],
        explanation: {
          lo: 'ເຈົ້າບໍ່ຈຳເປັນຕ້ອງບອກຊື່. ເຈົ້າໂທແທນໝູ່ ຫຼື ຄອບຄົວກໍໄດ້.',
          en: 'You do not need to give your name. You can call for a friend or family member too.',
        },
      },
    ],
  },
]

export const polls: DemoPoll[] = [
  {
    ...tags,
    slug: 'check-before-you-go',
    topics: ['safe-migration'],
    title: {
      lo: 'ກ່ອນໄປເຮັດວຽກຕ່າງປະເທດ ເຈົ້າຈະກວດສອບບໍລິສັດຈັດຫາງານບໍ?',
      en: 'Before going to work abroad, would you check the recruitment agency?',
    },
    summary: {
      lo: 'ບອກພວກເຮົາວ່າເຈົ້າຄິດແນວໃດ. ບໍ່ຕ້ອງບອກຊື່.',
      en: 'Tell us what you think. You do not need to give your name.',
    },
    publishedAt: '2026-08-15T02:00:00.000Z',
    votes: 210,
    shares: [0.55, 0.35, 0.1],
    options: [
      { lo: 'ກວດສອບແນ່ນອນ', en: 'Yes, for sure' },
      { lo: 'ອາດຈະ, ຖ້າຮູ້ວິທີ', en: 'Maybe, if I knew how' },
      { lo: 'ບໍ່, ເຊື່ອໝູ່ ຫຼື ຍາດພີ່ນ້ອງ', en: 'No, I trust friends or relatives' },
    ],
  },
]
