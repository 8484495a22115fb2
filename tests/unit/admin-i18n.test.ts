import { describe, expect, it } from '@jest/globals'
import { en } from '@payloadcms/translations/languages/en'
import { adminI18n, preferredAdminLanguage } from '@/i18n/admin'
import { loTranslations } from '@/i18n/lo'
import { siangStrings } from '@/i18n/siang'

type Tree = { [key: string]: Tree | string }
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}:`),
  )

const english = new Map(leaves(en.translations as unknown as Tree))
const lao = new Map(leaves(loTranslations as unknown as Tree))
/** Names that stay as they are in Lao. */
const unchanged = /^(API|JSON|CSV|URL|ID|GraphQL|JWT|SVG|PNG|Payload|[\W\d{}]*)$/

describe('the Lao admin translation', () => {
  it('has every key of the installed Payload English, and no other', () => {
    expect([...lao.keys()].sort()).toEqual([...english.keys()].sort())
  })

  it('translates every string, keeping its placeholders and tags', () => {
    const problems: string[] = []
    for (const [key, source] of english) {
      const text = lao.get(key) ?? ''
      if (!text.trim()) problems.push(`${key}: empty`)
      else if (text === source && !unchanged.test(source)) problems.push(`${key}: still English`)
      for (const token of source.match(/\{\{[^}]+\}\}|<\/?\d+\/?>/g) ?? [])
        if (!text.includes(token)) problems.push(`${key}: lost ${token}`)
    }
    expect(problems).toEqual([])
  })

  it('spells ຳ as one character and ໜ ໝ as such', () => {
    const text = [...lao.values()].join('\n')
    expect(text).not.toMatch(/\u0ECD\u0EB2/)
    expect(text).not.toMatch(/ຫນ|ຫມ/)
    expect(loTranslations.general.thisLanguage).toBe('ລາວ')
  })

  it("has Siang's own strings in both languages", () => {
    const keys = (l: 'en' | 'lo') => Object.keys(siangStrings[l].siang).sort()
    expect(keys('lo')).toEqual(keys('en'))
    for (const [key, text] of Object.entries(siangStrings.lo.siang))
      expect([key, text]).not.toEqual([key, siangStrings.en.siang[key as 'phoneNumber']])
  })

  it('offers Lao first, and answers API clients that name no language in English', () => {
    expect(Object.keys(adminI18n.supportedLanguages!)).toEqual(['lo', 'en'])
    expect(adminI18n.fallbackLanguage).toBe('en')
  })
})

describe('the admin language a browser asks for', () => {
  it.each([
    ['lo', 'lo'],
    ['lo-LA,lo;q=0.9,en-US;q=0.8,en;q=0.7', 'lo'],
    ['en-US,en;q=0.9,lo;q=0.8', 'en'],
    ['th-TH,th;q=0.9,lo;q=0.8,en;q=0.5', 'lo'],
    ['fr;q=0.9, en;q=0.2, lo;q=0.5', 'lo'],
    ['de,fr', undefined],
    ['lo;q=0, en', 'en'],
    ['', undefined],
  ])('%j gives %j', (header, expected) => {
    expect(preferredAdminLanguage(header)).toBe(expected)
  })
})
