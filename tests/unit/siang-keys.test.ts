import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { sayFor } from '@/i18n/admin'
import { sayWith } from '@/i18n/casts'
import { english, siangStrings } from '@/i18n/siang'

const en: Record<string, string> = siangStrings.en.siang
const lo: Record<string, string> = siangStrings.lo.siang

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(file)
    return /\.tsx?$/.test(entry.name) ? [file] : []
  })
const src = path.join(process.cwd(), 'src')
const code = sources(src).map((file) => ({
  file: path.relative(src, file),
  text: readFileSync(file, 'utf8'),
}))

/** A `t` that shows what it was asked: Payload's key and the values to fill in. */
const echo = (key: string, vars?: Record<string, unknown>) => `${key} ${JSON.stringify(vars ?? {})}`

describe("Siang's string keys", () => {
  it("are looked up under Payload's `siang:` namespace, with their values", () => {
    expect(sayWith(echo)('workflowBy', { name: 'Noy' })).toBe('siang:workflowBy {"name":"Noy"}')
    expect(sayFor({ t: echo })('workflowTitle')).toBe('siang:workflowTitle {}')
  })

  it('refuse a misspelt key at compile time', () => {
    const say = sayWith(echo)
    // @ts-expect-error: there is no key `workflowTitel`
    expect(say('workflowTitel')).toBe('siang:workflowTitel {}')
    // @ts-expect-error: a key is named without Payload's namespace
    expect(say('siang:workflowTitle')).toBe('siang:siang:workflowTitle {}')
    // @ts-expect-error: there is no key `workflowTitel`
    expect(() => english('workflowTitel')).toThrow()
  })

  it('have words in both languages, and the Lao keeps every placeholder of the English', () => {
    const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort()
    expect(Object.keys(lo)).toEqual(Object.keys(en))
    for (const key of Object.keys(en)) {
      expect([key, en[key].trim() !== '', lo[key].trim() !== '']).toEqual([key, true, true])
      expect([key, placeholders(lo[key])]).toEqual([key, placeholders(en[key])])
    }
  })

  it('that the code names all exist, in both languages', () => {
    const call = /\b(?:say|english|sayFor\([^()]*\)|sayIn\([^()]*\))\(\s*'(\w+)'/g
    const used = code.flatMap(({ file, text }) =>
      [...text.matchAll(call)].map((match) => `${file}: ${match[1]}`),
    )
    expect(used.length).toBeGreaterThan(100)
    const missing = used.filter((use) => {
      const key = use.split(': ')[1]
      return !(key in en && key in lo)
    })
    expect(missing).toEqual([])
  })

  it('are never written as Payload keys (`siang:…`) in the admin components', () => {
    const admin = code.filter(({ file }) => file.startsWith(`components${path.sep}admin`))
    const raw = admin.filter(({ text }) => /['"`]siang:\w/.test(text)).map(({ file }) => file)
    expect(raw).toEqual([])
  })
})
