import type { ArrayField, Field, TextField } from 'payload'

type Word = { en: string; enPlural: string; lo: string }

/** The introduction above a quiz or a poll. */
export const introductionField: Field = {
  name: 'summary',
  type: 'textarea',
  localized: true,
  maxLength: 500,
  label: { en: 'Introduction', lo: 'ຄຳນຳ' },
}

/**
 * A list of a quiz's or poll's rows (questions, options), named by one word. The list itself is
 * not localized, only the words in it: answers point at rows by number, in both languages.
 */
export function rowsField(
  name: string,
  word: Word,
  rows: { min: number; max: number },
  fields: Field[],
  extra: Partial<ArrayField> = {},
): ArrayField {
  const plural = { en: word.enPlural, lo: word.lo }
  return {
    name,
    type: 'array',
    required: true,
    minRows: rows.min,
    maxRows: rows.max,
    label: plural,
    labels: { singular: { en: word.en, lo: word.lo }, plural },
    fields,
    ...extra,
  }
}

/** The words of a row, per language, required. */
export const wordsField = (
  name: string,
  label: { en: string; lo: string },
  maxLength: number,
): TextField => ({ name, type: 'text', required: true, localized: true, maxLength, label })
