/**
 * Siang's strings are kept as one table, each key with its English and its Lao side by side, so
 * that the compiler refuses a key that has only one of them. Payload and the site's pages want
 * one object per language instead: `inLanguage` derives it.
 */
import type { Locale } from '@/lib/locales'

/** One key's words (or word-making functions) in both languages. */
export type Bilingual<Word = string> = Record<Locale, Word>

/** A key's words in one language, for every key of a table. */
export type InLanguage<Table extends Record<string, Bilingual<unknown>>> = {
  [Key in keyof Table]: Table[Key]['en']
}

export function inLanguage<Table extends Record<string, Bilingual<unknown>>>(
  table: Table,
  language: Locale,
): InLanguage<Table> {
  return Object.fromEntries(
    Object.entries(table).map(([key, words]) => [key, words[language]]),
  ) as InLanguage<Table>
}
