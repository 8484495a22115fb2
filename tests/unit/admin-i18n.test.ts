import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { en } from '@payloadcms/translations/languages/en'
import { adminI18n, preferredAdminLanguage } from '@/i18n/admin'
import { lexicalLo } from '@/i18n/lexical'
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

  it("has the rich text editor's strings: every key of its English, for each feature", async () => {
    const dist = path.join(process.cwd(), 'node_modules/@payloadcms/richtext-lexical/dist')
    const features: Record<string, string> = {
      general: 'i18n.js',
      align: 'features/align/server/i18n.js',
      blockquote: 'features/blockquote/server/i18n.js',
      blocks: 'features/blocks/server/i18n.js',
      heading: 'features/heading/server/i18n.js',
      horizontalRule: 'features/horizontalRule/server/i18n.js',
      indent: 'features/indent/server/i18n.js',
      link: 'features/link/server/i18n.js',
      checklist: 'features/lists/checklist/server/i18n.js',
      orderedList: 'features/lists/orderedList/server/i18n.js',
      unorderedList: 'features/lists/unorderedList/server/i18n.js',
      paragraph: 'features/paragraph/server/i18n.js',
      relationship: 'features/relationship/server/i18n.js',
      textState: 'features/textState/i18n.js',
      upload: 'features/upload/server/i18n.js',
    }
    const ours = lexicalLo.lexical as unknown as Record<string, Tree>
    expect(Object.keys(ours).sort()).toEqual(Object.keys(features).sort())
    for (const [feature, file] of Object.entries(features)) {
      const mod = (await import(pathToFileURL(path.join(dist, file)).href)) as Record<
        string,
        { en?: Tree }
      >
      const english = Object.values(mod).find((v) => v && typeof v === 'object' && 'en' in v)?.en
      expect([
        feature,
        leaves(ours[feature])
          .map(([k]) => k)
          .sort(),
      ]).toEqual([
        feature,
        leaves(english!)
          .map(([k]) => k)
          .sort(),
      ])
    }
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
