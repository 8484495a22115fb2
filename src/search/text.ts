/**
 * The text pipeline of search, the same for indexing and for queries:
 * - NFKC and case folding: ຳ (U+0EB3) and ໍ+າ (U+0ECD U+0EB2) become one, and ໜ ໝ and their
 *   two-letter spellings ຫນ ຫມ become the one letter ICU's dictionary knows; zero-width marks go;
 * - Lao words by Intl.Segmenter('lo') (ICU's dictionary), other scripts by word, and Lao cut
 *   from digits and Latin letters typed against it ("ສາຍດ່ວນ1300");
 * - a query's Lao typed without spaces also read as the words the index knows that make it up;
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

/**
 * NFKC, lowercase, no zero-width characters or soft hyphens. For matching only: what is shown
 * is always the stored text.
 */
export function normalize(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
      // NFKC spells ໜ and ໝ with two letters, which ICU's dictionary does not know.
      .replace(/\u0EAB\u0E99/g, '\u0EDC')
      .replace(/\u0EAB\u0EA1/g, '\u0EDD')
  )
}

export const isLao = (word: string) => LAO.test(word)

/** Where Lao meets another script inside one segment. */
const SCRIPT_CHANGE =
  /(?<=[\u0E80-\u0EFF])(?=[^\u0E80-\u0EFF])|(?<=[^\u0E80-\u0EFF])(?=[\u0E80-\u0EFF])/

/** The word-like segments of (normalized) text. */
export function segment(text: string): string[] {
  const out: string[] = []
  for (const s of segmenter.segment(text))
    if (s.isWordLike) out.push(...s.segment.split(SCRIPT_CHANGE))
  return out
}

const graphemes = new Intl.Segmenter('lo', { granularity: 'grapheme' })
/** The longest word, in letters with their marks, that a run is cut into. */
const LONGEST_WORD = 16

/**
 * A run of Lao cut into the fewest words that `known` accepts, at letter boundaries; null when
 * no such cut exists.
 */
export function splitIntoKnown(run: string, known: (word: string) => boolean): string[] | null {
  const letters = [...graphemes.segment(run)].map((g) => g.segment)
  // best[i]: the fewest words that make up the first i letters, and where the last one starts.
  const best: ({ count: number; from: number } | null)[] = [{ count: 0, from: 0 }]
  for (let end = 1; end <= letters.length; end++) {
    best[end] = null
    for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
      const before = best[start]
      if (!before || (best[end] && best[end]!.count <= before.count + 1)) continue
      if (known(letters.slice(start, end).join('')))
        best[end] = { count: before.count + 1, from: start }
    }
  }
  if (!best[letters.length]) return null
  const words: string[] = []
  for (let end = letters.length; end > 0; end = best[end]!.from)
    words.unshift(letters.slice(best[end]!.from, end).join(''))
  return words
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

const queryWord = (word: string): QueryWord => {
  if (!isLao(word)) return { word, grams: [] }
  const skel = skeleton(word)
  return { word, skeleton: skel, grams: [...skel].length > 3 ? trigrams(skel) : [] }
}

/**
 * Lao typed without spaces, read again as the fewest words the index knows: each run of Lao
 * between spaces, digits or Latin letters is cut as a whole. ICU's dictionary may cut a run into
 * words the index does not have (or has only elsewhere), where the same words typed apart are
 * found. Null when this reading is the typed one.
 */
function knownWordsReading(text: string, known: (word: string) => boolean): string[] | null {
  let changed = false
  const words = text
    .split(/\s+/)
    .flatMap((chunk) => chunk.split(SCRIPT_CHANGE))
    .flatMap((piece) => {
      const typed = segment(piece).map(stem)
      const cut = isLao(piece) ? splitIntoKnown(piece, known) : null
      // Better: every word known where the typed reading has one unknown, or fewer words.
      const better = cut && (!typed.every(known) || cut.length < typed.length)
      if (!better) return typed
      changed = true
      return cut!
    })
  return changed ? words : null
}

/**
 * The ways to read a query: as typed; (when it has spaces between Lao fragments) with those
 * spaces taken out; and (given what the index `known`s) with Lao typed without spaces read as
 * the words it is made of. A document matches a reading when it matches every word of it.
 */
export function queryReadings(query: string, known?: (word: string) => boolean): QueryWord[][] {
  const clean = normalize(query)
  const readings = [segment(clean).map(stem)]
  const joined = joinLaoRuns(clean)
  if (joined !== clean) readings.push(segment(joined).map(stem))
  const split = known && knownWordsReading(clean, known)
  if (split) readings.push(split)
  return readings.map((words) => [...new Set(words)].map(queryWord))
}

const special = /[.*+?^${}()|[\]\\]/g

/**
 * A pattern that finds a normalized word in text as its author spelled it: ຳ or ໍ+າ, ໜ or ຫນ,
 * ໝ or ຫມ (case aside: use it with the `i` flag). For marking matches on the stored text, which
 * is always what is shown.
 */
export function anySpelling(word: string): string {
  return word
    .replace(special, '\\$&')
    .replace(/\u0ECD\u0EB2/g, '(?:\u0ECD\u0EB2|\u0EB3)')
    .replace(/\u0EDC/g, '(?:\u0EDC|\u0EAB\u0E99)')
    .replace(/\u0EDD/g, '(?:\u0EDD|\u0EAB\u0EA1)')
}

/** At most `max` characters of text, cut between words (Lao ones too), with … when cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  let end = 0
  for (const s of segmenter.segment(text)) {
    if (s.index + s.segment.length > max - 1) break
    end = s.index + s.segment.length
  }
  return `${text.slice(0, end || max - 1).trimEnd()}…`
}
