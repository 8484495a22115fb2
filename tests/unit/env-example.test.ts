/**
 * `.env.example` lists every variable the code reads, and the code reads them in one place
 * (src/lib/env.ts): no other file of src/, scripts/ or seed/ reads `process.env`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { SETTINGS } from '../../src/lib/env'

const root = path.resolve(import.meta.dirname, '../..')
const example = fs.readFileSync(path.join(root, '.env.example'), 'utf8')
const documented = [...example.matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1])

// Set by Next or by Siang's own commands, never by an operator.
const FRAMEWORK = ['NODE_ENV', 'NEXT_RUNTIME', 'NEXT_PHASE', 'PAYLOAD_DISABLE_DEPENDENCY_CHECKER']

function sources(dir: string): string[] {
  return (fs.readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .filter((f) => /\.(ts|tsx|mjs)$/.test(f))
    .map((f) => path.join(dir, f))
}
const code = ['src', 'scripts', 'seed'].flatMap(sources)
const ENV_FILE = path.join('src', 'lib', 'env.ts')

describe('.env.example', () => {
  it('lists each setting once, and only settings the code knows', () => {
    expect(new Set(documented).size).toBe(documented.length)
    expect([...documented].sort()).toEqual([...SETTINGS].sort())
  })

  it('is what src/lib/env.ts reads, besides what Next and the commands set', () => {
    const text = fs.readFileSync(path.join(root, ENV_FILE), 'utf8')
    const read = new Set([...text.matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]))
    for (const name of read) expect([...SETTINGS, ...FRAMEWORK]).toContain(name)
  })

  it('is read nowhere else: no other file reads process.env', () => {
    const reads: string[] = []
    for (const file of code.filter((f) => f !== ENV_FILE)) {
      const text = fs.readFileSync(path.join(root, file), 'utf8')
      // A read: process.env.NAME not being assigned, or process.env[…]. (Handing the whole
      // environment to a child process is not a read.)
      for (const m of text.matchAll(
        /process\.env(\.[A-Z][A-Z0-9_]*(?![A-Z0-9_]|\s*(\?\?)?=[^=])|\[)/g,
      ))
        reads.push(`${file}: ${text.slice(m.index, m.index + 40).split('\n')[0]}`)
    }
    expect(reads).toEqual([])
  })
})
