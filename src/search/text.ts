/**
 * The text pipeline of search, the same for indexing and for queries:
 * - NFKC and case folding: ຳ (U+0EB3) and ໍ+າ (U+0ECD U+0EB2) become one; zero-width marks go;
 * - Lao words by Intl.Segmenter('lo') (ICU's dictionary), other scripts by word;
 * - stray spaces inside Lao words (text pasted from PDFs) repaired by also reading every run of
 *   Lao fragments with the spaces between them taken out;
 * - a "skeleton" of each Lao word without tone marks and with short vowel signs folded, so that a
 *   missing, extra or wrong tone mark still matches;
 * - character trigrams of the skeletons, for a typo in a vowel or consonant;
 * - English words lowercased, with plurals and common endings stemmed.
 */

const segmenter = new Intl.Segmenter('lo', { granularity: 'word' })

const LAO = /[\u0E80-\u0EFF]/
const LAO_RUN = /[\u0E80-\u0EFF]+(?:[ \t\u00A0]+[\u0E80-\u0EFF]+)+/g
/** Tone marks (ໍ່ ້ ໊ ໋) and the cancellation mark. */
const TONES = /[\u0EC8-\u0ECC]/g
/** Vowel signs often confused when typing on a phone, folded to one of each pair. */
const FOLD: Record<string, string> = {
  '\u0EB5': '\u0EB4', // ີ → ິ
  '\u0EB7': '\u0EB6', // ື → ຶ
  '\u0EB9': '\u0EB8', // ູ → ຸ
  '\u0EBB': '\u0EB1', // ົ → ັ
}

/** NFKC, lowercase, no zero-width characters or soft hyphens. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
}

export const isLao = (word: string) => LAO.test(word)

/** The word-like segments of (normalized) text. */
export function segment(text: string): string[] {
  const out: string[] = []
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment)
  return out
}

/** English: plurals and common endings, so that "songs" finds "song" and "trafficked" "traffic". */
export function stem(word: string): string {
  if (isLao(word) || word.length <= 3 || /\d/.test(word)) return word
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y'
  if (/(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3)
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2)
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1)
  return word
}

/** A Lao word without tone marks and with confusable vowel signs folded together. */
export function skeleton(word: string): string {
  return word.replace(TONES, '').replace(/[\u0EB5\u0EB7\u0EB9\u0EBB]/g, (c) => FOLD[c] ?? c)
}

/** Character trigrams of a word (the word itself when shorter). */
export function trigrams(word: string): string[] {
  const chars = [...word]
  if (chars.length <= 3) return [word]
  const out: string[] = []
  for (let i = 0; i + 3 <= chars.length; i++) out.push(chars.slice(i, i + 3).join(''))
  return out
}

/** The text with the spaces between Lao fragments taken out. */
const joinLaoRuns = (text: string) =>
  text.replace(LAO_RUN, (run) => run.replace(/[ \t\u00A0]+/g, ''))

export type Terms = {
  /** Whole words: Lao words as segmented (also with stray spaces removed), English stemmed. */
  words: string[]
  /** Lao words without tone marks, vowels folded. */
  skeletons: string[]
  /** Trigrams of the Lao skeletons. */
  grams: string[]
}

/** Everything a text is found by. Repeated words are kept: they count as frequency. */
export function terms(text: string): Terms {
  const clean = normalize(text)
  const words = segment(clean).map(stem)
  // Stray spaces inside Lao words: read the text again with the spaces between Lao fragments
  // taken out, and add the words that reading finds and the first did not.
  const joined = joinLaoRuns(clean)
  if (joined !== clean) {
    const apart = new Set(words)
    for (const w of segment(joined)) if (!apart.has(w)) words.push(w)
  }
  const lao = words.filter(isLao)
  const skeletons = lao.map(skeleton)
  // Each trigram once per text: they find typos, and how often one recurs says little.
  return { words, skeletons, grams: [...new Set(skeletons.flatMap(trigrams))] }
}

export type QueryWord = { word: string; skeleton?: string; grams: string[] }

/**
 * The ways to read a query: as typed, and (when it has spaces between Lao fragments) with those
 * spaces taken out. A document matches a reading when it matches every word of it.
 */
export function queryReadings(query: string): QueryWord[][] {
  const clean = normalize(query)
  const texts = [clean]
  const joined = joinLaoRuns(clean)
  if (joined !== clean) texts.push(joined)
  return texts.map((text) =>
    [...new Set(segment(text).map(stem))].map((word) => {
      if (!isLao(word)) return { word, grams: [] }
      const skel = skeleton(word)
      return { word, skeleton: skel, grams: [...skel].length > 3 ? trigrams(skel) : [] }
    }),
  )
}
