/**
 * The sign-ins a seed makes: printed once in a box, and in development also kept in a file
 * beside the database (mode 0600, git-ignored), so that request logs cannot scroll them away.
 */
import fs from 'node:fs'
import path from 'node:path'
import { databaseKind, resolveDatabaseURI, type Env } from '../src/lib/env'

export type Login = {
  role: string
  email: string
  /** Null when the password came from ADMIN_PASSWORD: it is not printed. */
  password: string | null
  /** What the role may do, or where it signs in, in a few words. */
  note?: string
}

/** Beside the SQLite database (data/ by default); data/ in the project for MongoDB. */
export function loginsFile(env: Env = process.env): string {
  const uri = resolveDatabaseURI(env)
  const dir =
    databaseKind(uri) === 'sqlite' && !uri.includes(':memory:')
      ? path.dirname(uri.slice('file:'.length))
      : 'data'
  return path.resolve(dir, 'first-logins.txt')
}

// Lao vowel and tone marks take no column of their own in a terminal.
const width = (text: string) => [...text.replace(/\p{M}/gu, '')].length

/** The lines framed in a box, each padded to the widest. */
export function boxed(lines: string[]): string {
  const inner = Math.max(...lines.map(width))
  const rule = '─'.repeat(inner + 2)
  return [
    `┌${rule}┐`,
    ...lines.map((line) => `│ ${line}${' '.repeat(inner - width(line))} │`),
    `└${rule}┘`,
  ].join('\n')
}

/** The sign-ins as aligned rows, with a heading and closing lines. */
export function loginsBox(title: string, logins: Login[], footer: string[] = []): string {
  const roleWidth = Math.max(...logins.map((l) => l.role.length))
  const emailWidth = Math.max(...logins.map((l) => l.email.length))
  const shown = logins.map((l) => l.password ?? '(from ADMIN_PASSWORD)')
  const passwordWidth = Math.max(...shown.map((p) => p.length))
  const rows = logins.map((l, i) =>
    [l.role.padEnd(roleWidth), l.email.padEnd(emailWidth), shown[i].padEnd(passwordWidth), l.note]
      .join('  ')
      .trimEnd(),
  )
  return boxed([title, '', ...rows, ...(footer.length ? ['', ...footer] : [])])
}

/** Writes the text readable by this user only (a file from an earlier install is replaced). */
export function saveLogins(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.rmSync(file, { force: true })
  fs.writeFileSync(file, `${text}\n`, { mode: 0o600 })
}
