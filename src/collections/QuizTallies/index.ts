import type { CollectionConfig } from 'payload'
import { glossary } from '../../i18n/glossary'
import { slugs } from '../../lib/slugs'
import { answerContextFields } from '../answerFields'
import { tallyField } from '../../fields/countFields'
import { nobody } from '../../access/nobody'

/**
 * Quiz answers, added up: for each quiz, question, half-year and profile (age band, sex,
 * province, each optional), how many answered it and how many were right. Each attempt adds to
 * the rows of its questions (`POST /api/quizzes/{slug}/attempts`, src/answers); no row is one
 * person's. Staff read the roll-up in the reach page. Not in GraphQL, no
 * versions, no times.
 */
export const QuizTallies: CollectionConfig = {
  slug: slugs.quizTallies,
  labels: {
    singular: { en: 'Quiz answers', lo: `ຄຳຕອບ${glossary.quiz.lo}` },
    plural: { en: 'Quiz answers', lo: `ຄຳຕອບ${glossary.quiz.lo}` },
  },
  admin: {
    hidden: true,
    group: { en: 'Reach', lo: 'ການເຂົ້າເຖິງ' },
    defaultColumns: ['quiz', 'question', 'period', 'answered', 'right', 'ageBand', 'sex'],
  },
  graphQL: false,
  // No one reads the rows, not even staff: the roll-up (src/reach) shows them with fewer than 5
  // answers as "fewer than 5", and a row could be one person's.
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  indexes: [{ fields: ['quiz', 'period'] }],
  fields: [
    {
      name: 'quiz',
      type: 'relationship',
      relationTo: slugs.quizzes,
      required: true,
      label: { en: glossary.quiz.en, lo: glossary.quiz.lo },
    },
    {
      // The question's place in the quiz, from 0.
      name: 'question',
      type: 'number',
      required: true,
      min: 0,
      label: { en: 'Question number', lo: 'ລຳດັບຄຳຖາມ' },
    },
    ...answerContextFields,
    tallyField('answered', { en: 'Answered', lo: 'ຈຳນວນຄົນຕອບ' }),
    tallyField('right', { en: 'Right', lo: 'ຈຳນວນຕອບຖືກ' }),
  ],
}
