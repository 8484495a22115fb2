import type { CollectionConfig, PayloadRequest } from 'payload'
import { sayFor } from '../../i18n/admin'
import { glossary, labelsOf } from '../../i18n/glossary'
import { showResultsChoices, type ShowResults } from '../../lib/answers'
import { slugs } from '../../lib/slugs'
import { forgetAnswers } from '../../answers/forgetAnswers'
import { keepAnsweredShape } from '../../answers/keepAnsweredShape'
import { introductionField, rowsField, wordsField } from '../answerLists'
import { contentCollection } from '../content'

const showResultsWords: Record<ShowResults, { en: string; lo: string }> = {
  'after-vote': { en: 'After voting', lo: 'ຫຼັງຈາກລົງຄະແນນ' },
  'after-close': { en: 'Once the poll has closed', lo: 'ຫຼັງຈາກປິດແບບສຳຫຼວດ' },
  never: { en: 'Never (staff only)', lo: 'ບໍ່ສະແດງ (ສະເພາະພະນັກງານ)' },
}

type Window = { opensAt?: string | null; closesAt?: string | null }

/**
 * One question with options, open between two dates; votes are anonymous, one per device
 * (src/answers). The title is the question. Results are shown as the editor chose.
 */
export const Polls: CollectionConfig = contentCollection({
  slug: slugs.polls,
  idPrefix: 'poll',
  embeddable: true,
  beforeDelete: [forgetAnswers],
  beforeChange: [keepAnsweredShape],
  labels: labelsOf(glossary.poll),
  fields: [
    introductionField,
    rowsField('options', { en: 'Option', enPlural: 'Options', lo: 'ຕົວເລືອກ' }, { min: 2, max: 8 }, [
      wordsField('label', { en: 'Option', lo: 'ຕົວເລືອກ' }, 200),
    ]),
    {
      name: 'opensAt',
      type: 'date',
      label: { en: 'Opens', lo: 'ເປີດ' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'closesAt',
      type: 'date',
      label: { en: 'Closes', lo: 'ປິດ' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      validate: (
        value: Date | string | null | undefined,
        { req, siblingData }: { req: Pick<PayloadRequest, 't'>; siblingData: Window },
      ) =>
        !value ||
        !siblingData?.opensAt ||
        Date.parse(String(value)) > Date.parse(String(siblingData.opensAt)) ||
        sayFor(req)('pollClosesAfterOpening'),
    },
    {
      name: 'showResults',
      type: 'select',
      required: true,
      defaultValue: 'after-vote',
      options: showResultsChoices.map((value) => ({ value, label: showResultsWords[value] })),
      label: { en: 'Show the results', lo: 'ສະແດງຜົນ' },
    },
  ],
})
