import type { Field } from 'payload'
import { ageBandWords, sexWords } from '../i18n/glossary'
import { ageBands, sexes } from '../lib/profile'
import { slugs } from '../lib/slugs'

/**
 * The key of a tally of answers besides what was answered: the half-year, and the optional
 * profile. Answers are only ever added up: no row is one person's.
 */
export const answerContextFields: Field[] = [
  {
    name: 'period',
    type: 'text',
    required: true,
    label: { en: 'Half-year', lo: 'ໄລຍະຫົກເດືອນ' },
  },
  {
    name: 'ageBand',
    type: 'select',
    options: ageBands.map((value) => ({ value, label: { ...ageBandWords[value] } })),
    label: { en: 'Age', lo: 'ອາຍຸ' },
  },
  {
    name: 'sex',
    type: 'select',
    options: sexes.map((value) => ({ value, label: { ...sexWords[value] } })),
    label: { en: 'Sex', lo: 'ເພດ' },
  },
  {
    name: 'province',
    type: 'relationship',
    relationTo: slugs.provinces,
    label: { en: 'Province', lo: 'ແຂວງ' },
  },
]
