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

const ROW = /^│ (.+?) {2,}(\S+@\S+) {2,}(\(from ADMIN_PASSWORD\)|\S+)(?: {2,}(\S.*?))? *│$/

/** The sign-ins a saved file holds (none when there is no file). */
export function readLogins(file: string): Login[] {
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line) => {
      const m = ROW.exec(line)
      if (!m) return []
      const password = m[3].startsWith('(') ? null : m[3]
      return [{ role: m[1], email: m[2], password, ...(m[4] ? { note: m[4] } : {}) }]
    })
}

/** Where to sign in, where the file is (when one is kept), and how to get a new password. */
export function loginsFooter(file: string | null, serverURL: string): string[] {
  const relative = file && path.relative(process.cwd(), file)
  const where = relative?.startsWith('..') ? file : relative
  return [
    `Sign in at ${serverURL}/admin`,
    ...(where ? [`Kept in ${where} (yours only): delete it once you have noted them.`] : []),
    'A new password for an account: npm run admin:reset-password -- <email>',
  ]
}

/**
 * Keeps the sign-ins in the file, readable by this user only. A new install replaces what an
 * earlier one left; otherwise a new password takes the place of the old one of the same account,
 * and the others stay.
 */
export function keepLogins(file: string, logins: Login[], fresh: boolean, serverURL: string) {
  const made = new Map(logins.map((l) => [l.email, l]))
  const earlier = fresh ? [] : readLogins(file)
  const known = new Set(earlier.map((l) => l.email))
  const all = [
    ...earlier.map((l) => made.get(l.email) ?? l),
    ...logins.filter((l) => !known.has(l.email)),
  ]
  const box = loginsBox('Siang sign-ins', all, loginsFooter(file, serverURL))
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.rmSync(file, { force: true })
  fs.writeFileSync(file, `${box}\n`, { mode: 0o600 })
}
