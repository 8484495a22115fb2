import { describe, expect, it } from '@jest/globals'
import { breakPieces } from '@/lib/lao'

describe('breakPieces', () => {
  it('splits Lao between words and joins back to the same text', () => {
    const text = 'ຄະນະກຳມະການຕ້ານການຄ້າມະນຸດ ລະດັບຊາດ'
    const pieces = breakPieces(text)
    expect(pieces.length).toBeGreaterThan(3)
    expect(pieces.join('')).toBe(text)
    expect(pieces).toContain('ກຳມະການ')
  })

  it('leaves text without Lao as one piece', () => {
    expect(breakPieces('Call 1300 any time')).toEqual(['Call 1300 any time'])
  })

  it('offers no break inside a number or next to Latin text', () => {
    const pieces = breakPieces('ໂທ 1300 Siang')
    expect(pieces.join('')).toBe('ໂທ 1300 Siang')
    expect(pieces).toEqual(['ໂທ 1300 Siang'])
  })
})
