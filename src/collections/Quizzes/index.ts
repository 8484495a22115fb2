import type { ArrayField, CollectionConfig, PayloadRequest } from 'payload'
import { sayFor } from '../../i18n/admin'
import { glossary, labelsOf } from '../../i18n/glossary'
import { QUESTIONS_MAX } from '../../lib/answers'
import { slugs } from '../../lib/slugs'
import { forgetAnswers } from '../../answers/forgetAnswers'
import { keepAnsweredShape } from '../../answers/keepAnsweredShape'
import { introductionField, rowsField, wordsField } from '../answerLists'
import { contentCollection } from '../content'

type Option = { correct?: boolean | null }

const question = { en: 'Question', enPlural: 'Questions', lo: 'ຄຳຖາມ' }
const option = { en: 'Option', enPlural: 'Options', lo: 'ຕົວເລືອກ' }

/**
 * A short quiz: multiple-choice questions, each with one right option and an explanation shown
 * once answered. Public content like the rest (drafts, review, campaigns, topics, provinces).
 * Attempts are scored by option number, so options keep their order across languages: the
 * options are one list, and only their words are per language.
 */
export const Quizzes: CollectionConfig = contentCollection({
  slug: slugs.quizzes,
  idPrefix: 'quiz',
  embeddable: true,
  beforeDelete: [forgetAnswers],
  beforeChange: [keepAnsweredShape],
  labels: labelsOf(glossary.quiz),
  fields: [
    introductionField,
    rowsField('questions', question, { min: 1, max: QUESTIONS_MAX }, [
      wordsField('question', { en: 'Question', lo: 'ຄຳຖາມ' }, 300),
      rowsField(
        'options',
        option,
        { min: 2, max: 6 },
        [
          wordsField('label', { en: 'Answer', lo: 'ຄຳຕອບ' }, 200),
          {
            name: 'correct',
            type: 'checkbox',
            defaultValue: false,
            label: { en: 'The right answer', lo: 'ຄຳຕອບທີ່ຖືກ' },
          },
        ],
        {
          validate: (value: unknown, { req }: { req: Pick<PayloadRequest, 't'> }) =>
            !Array.isArray(value) ||
            (value as Option[]).filter((o) => o?.correct === true).length === 1 ||
            sayFor(req)('quizOneRight'),
        } as Partial<ArrayField>,
      ),
      {
        name: 'explanation',
        type: 'textarea',
        localized: true,
        maxLength: 1000,
        label: { en: 'Explanation, shown after answering', lo: 'ຄຳອະທິບາຍ (ສະແດງຫຼັງຕອບ)' },
      },
    ]),
  ],
})
