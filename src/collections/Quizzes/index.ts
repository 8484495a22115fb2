import type { CollectionConfig, PayloadRequest } from 'payload'
import { sayFor } from '../../i18n/admin'
import { glossary, labelsOf } from '../../i18n/glossary'
import { QUESTIONS_MAX } from '../../lib/answers'
import { slugs } from '../../lib/slugs'
import { forgetAnswers } from '../../answers/forgetAnswers'
import { contentCollection } from '../content'

type Option = { correct?: boolean | null }

/**
 * A short quiz: multiple-choice questions, each with one right option and an explanation shown
 * once answered. Public content like the rest (drafts, review, campaigns, topics, provinces).
 * Attempts are scored by option number, so options keep their order across languages: the
 * options are one list, and only their words are per language.
 */
export const Quizzes: CollectionConfig = contentCollection({
  slug: slugs.quizzes,
  idPrefix: 'quiz',
  beforeDelete: [forgetAnswers],
  labels: labelsOf(glossary.quiz),
  fields: [
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 500,
      label: { en: 'Introduction', lo: 'ຄຳນຳ' },
    },
    {
      name: 'questions',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: QUESTIONS_MAX,
      label: { en: 'Questions', lo: 'ຄຳຖາມ' },
      labels: {
        singular: { en: 'Question', lo: 'ຄຳຖາມ' },
        plural: { en: 'Questions', lo: 'ຄຳຖາມ' },
      },
      fields: [
        {
          name: 'question',
          type: 'text',
          required: true,
          localized: true,
          maxLength: 300,
          label: { en: 'Question', lo: 'ຄຳຖາມ' },
        },
        {
          name: 'options',
          type: 'array',
          required: true,
          minRows: 2,
          maxRows: 6,
          label: { en: 'Options', lo: 'ຕົວເລືອກ' },
          labels: {
            singular: { en: 'Option', lo: 'ຕົວເລືອກ' },
            plural: { en: 'Options', lo: 'ຕົວເລືອກ' },
          },
          validate: (value: unknown, { req }: { req: Pick<PayloadRequest, 't'> }) =>
            !Array.isArray(value) ||
            (value as Option[]).filter((o) => o?.correct === true).length === 1 ||
            sayFor(req)('quizOneRight'),
          fields: [
            {
              name: 'label',
              type: 'text',
              required: true,
              localized: true,
              maxLength: 200,
              label: { en: 'Answer', lo: 'ຄຳຕອບ' },
            },
            {
              name: 'correct',
              type: 'checkbox',
              defaultValue: false,
              label: { en: 'The right answer', lo: 'ຄຳຕອບທີ່ຖືກ' },
            },
          ],
        },
        {
          name: 'explanation',
          type: 'textarea',
          localized: true,
          maxLength: 1000,
          label: { en: 'Explanation, shown after answering', lo: 'ຄຳອະທິບາຍ (ສະແດງຫຼັງຕອບ)' },
        },
      ],
    },
  ],
})
