/** Lao text helpers. Pure: no Payload, no React. */

const LAO = /[\u0E80-\u0EFF]/
const words = new Intl.Segmenter('lo', { granularity: 'word' })

/**
 * Splits text into pieces between which a line may break. Lao is written without spaces between
 * words, and some browsers (Edge and Firefox on Windows) break lines only at spaces; the pieces
 * are the words that ICU's Lao dictionary finds, so a renderer can put <wbr> between them.
 * Joined back, the pieces are the text unchanged.
 */
export function breakPieces(text: string): string[] {
  if (!LAO.test(text)) return [text]
  const pieces: string[] = []
  let current = ''
  for (const { segment } of words.segment(text)) {
    // A break opportunity only between two Lao words; spaces and Latin text break as usual.
    if (current && LAO.test(segment[0]) && LAO.test(current[current.length - 1])) {
      pieces.push(current)
      current = segment
    } else current += segment
  }
  if (current) pieces.push(current)
  return pieces
}
