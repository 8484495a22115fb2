import { describe, expect, it } from '@jest/globals'
import {
  anySpelling,
  cutAtWord,
  normalize,
  queryReadings,
  segment,
  skeleton,
  splitIntoKnown,
  stem,
  terms,
  trigrams,
} from '@/search/text'
import { lao } from '../fixtures/lao'

describe('the search text pipeline', () => {
  it('unifies the two encodings of ຳ, and drops zero-width characters', () => {
    expect(normalize('ກຳ')).toBe(normalize('ກໍາ'))
    expect(normalize('ສຽງ\u200b')).toBe('ສຽງ')
    expect(normalize('HOTLINE')).toBe('hotline')
  })

  it('splits Lao into words with the ICU dictionary', () => {
    expect(segment(normalize('ການຄ້າມະນຸດ'))).toEqual(['ການຄ້າ', 'ມະນຸດ'])
  })

  it('repairs stray spaces inside Lao words, as text pasted from a document has them', () => {
    expect(terms(lao.straySpaces).words).toEqual(expect.arrayContaining(['ຄະນະກໍາມະການ', 'ວຽກງານ']))
    expect(terms('ຄະນະກຳມະການ').words).toEqual(['ຄະນະກໍາມະການ'])
  })

  it('finds the same words in either spelling of ຳ, and in words run together', () => {
    expect(terms(lao.amOneLetter).words).toEqual(terms(lao.amTwoLetters).words)
    expect(terms(lao.runTogether).words).toEqual(expect.arrayContaining(['ຕ້ານ', 'ການຄ້າ', 'ມະນຸດ']))
  })

  it('spells ໜ and ໝ as the one letter ICU knows, however they were typed', () => {
    expect(normalize('ຫນັງສື')).toBe(normalize('ໜັງສື'))
    expect(segment(normalize('ຊາວຫນຸ່ມ'))).toEqual(['ຊາວໜຸ່ມ'])
    expect(normalize('ຫມູ່')).toBe('ໝູ່')
  })

  it('cuts Lao from digits and Latin letters typed against it', () => {
    expect(segment(normalize('ສາຍດ່ວນ1300'))).toEqual(segment(normalize('ສາຍດ່ວນ 1300')))
    expect(segment(normalize('ໂທ1300'))).toEqual(['ໂທ', '1300'])
  })

  it('cuts a run of Lao into the fewest words a vocabulary knows, or says it cannot', () => {
    const known = new Set(['ຫຼາຍ', 'ດ້ານ', 'ໃນ', 'ການຄ້າ', 'ມະນຸດ'])
    const has = (w: string) => known.has(w)
    expect(splitIntoKnown('ຫຼາຍດ້ານໃນ', has)).toEqual(['ຫຼາຍ', 'ດ້ານ', 'ໃນ'])
    expect(splitIntoKnown('ການຄ້າມະນຸດ', has)).toEqual(['ການຄ້າ', 'ມະນຸດ'])
    expect(splitIntoKnown('ຊ້າງ', has)).toBeNull()
  })

  it('reads a query typed without spaces also as the words the index knows', () => {
    // ICU reads "ດ້ານໃນ" as one word; the index has "ດ້ານ" and "ໃນ", as typed apart.
    expect(segment(normalize('ຫຼາຍດ້ານໃນ'))).toEqual(['ຫຼາຍ', 'ດ້ານໃນ'])
    const known = new Set(['ຫຼາຍ', 'ດ້ານ', 'ໃນ'])
    const readings = queryReadings('ຫຼາຍດ້ານໃນ', (w) => known.has(w)).map((r) => r.map((w) => w.word))
    expect(readings).toEqual([
      ['ຫຼາຍ', 'ດ້ານໃນ'],
      ['ຫຼາຍ', 'ດ້ານ', 'ໃນ'],
    ])
    // Nothing more to read when the typed words are all known.
    expect(queryReadings('ຫຼາຍດ້ານ', (w) => known.has(w))).toHaveLength(1)
  })

  it('finds a normalized word in the stored text however its author spelled it', () => {
    const find = (word: string, text: string) =>
      new RegExp(anySpelling(normalize(word)), 'iu').exec(text)?.[0]
    expect(find('ຄະນະກໍາມະການ', lao.amOneLetter)).toBe('ຄະນະກຳມະການ')
    expect(find('ຄະນະກຳມະການ', lao.amTwoLetters)).toBe('ຄະນະກໍາມະການ')
    expect(find('ໜັງສື', 'ເກັບຫນັງສືໄວ້')).toBe('ຫນັງສື')
    expect(find('HOTLINE (1300)', 'call the Hotline (1300)')).toBe('Hotline (1300)')
  })

  it('cuts a long text between words, Lao ones too, and says it was cut', () => {
    const text = 'ຜູ້ຕາງໜ້າຄະນະກຳມະການ ໄດ້ເນັ້ນວ່າ ການໄປເຮັດວຽກຕ່າງປະເທດ'
    const cut = cutAtWord(text, 20)
    expect(cut.endsWith('…')).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(20)
    expect(text.startsWith(cut.slice(0, -1))).toBe(true)
    // The cut falls where a word ends.
    const ends = [...new Intl.Segmenter('lo', { granularity: 'word' }).segment(text)].map(
      (w) => w.index + w.segment.length,
    )
    expect(ends).toContain(cut.length - 1)
    expect(cutAtWord('short', 20)).toBe('short')
  })

  it('matches a word with a missing or wrong tone mark or vowel sign by its skeleton', () => {
    expect(skeleton('ສາຍດ່ວນ')).toBe(skeleton('ສາຍດວນ'))
    expect(skeleton('ສຸ່ມ')).toBe(skeleton('ສູມ'))
    expect(skeleton('ລົງທຶນ')).toBe(skeleton('ລົງທືນ'))
    expect(skeleton('ສາຍ')).not.toBe(skeleton('ສາວ'))
  })

  it('stems English plurals and endings, and leaves Lao and numbers alone', () => {
    expect(['songs', 'stories', 'trafficking', 'trafficked', 'boxes', 'bus'].map(stem)).toEqual([
      'song',
      'story',
      'traffick',
      'traffick',
      'box',
      'bus',
    ])
    expect(stem('1300')).toBe('1300')
    expect(stem('ເພງ')).toBe('ເພງ')
  })

  it('makes character trigrams', () => {
    expect(trigrams('ສາຍດວນ')).toEqual(['ສາຍ', 'າຍດ', 'ຍດວ', 'ດວນ'])
    expect(trigrams('ເພງ')).toEqual(['ເພງ'])
  })
})
