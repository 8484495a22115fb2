import { describe, expect, it } from '@jest/globals'
import { normalize, segment, skeleton, stem, terms, trigrams } from '@/search/text'
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
