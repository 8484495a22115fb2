import { describe, expect, it } from '@jest/globals'
import { readableId, slugify } from '@/lib/slugify'

describe('slugify', () => {
  it('makes a lower-case ASCII slug from an English title', () => {
    expect(slugify('  Know the Hotline: 1300! ')).toBe('know-the-hotline-1300')
  })

  it('drops accents and keeps words apart', () => {
    expect(slugify('Café & Crème')).toBe('cafe-and-creme')
  })

  it('gives an empty string for a Lao-only title, never percent-encoded text', () => {
    expect(slugify('ເພງ ເດີນທາງປອດໄພ')).toBe('')
  })

  it('keeps the Latin part of a mixed Lao and English title', () => {
    expect(slugify('ເພງ Safe Journey')).toBe('safe-journey')
  })

  it('caps the length without a trailing dash', () => {
    const slug = slugify('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('readableId', () => {
  it('is the prefix and six unambiguous characters', () => {
    const id = readableId('song')
    expect(id).toMatch(/^song-[a-hjkmnp-z2-9]{6}$/)
  })

  it('differs between calls', () => {
    const ids = new Set(Array.from({ length: 50 }, () => readableId('x')))
    expect(ids.size).toBeGreaterThan(45)
  })
})
