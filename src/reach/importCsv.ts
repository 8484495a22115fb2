/**
 * Reading a station's broadcast log from CSV into rows of named cells, each with the line of the
 * file it starts on. What the cells mean is src/reach/import.ts's business.
 */
import { CsvError, parse } from 'csv-parse/sync'
import type { Say } from '../i18n/siang'

export const IMPORT_MAX_BYTES = 2 * 1024 * 1024
export const IMPORT_MAX_ROWS = 5000

export const requiredColumns = ['station', 'date', 'time', 'type', 'item'] as const
export const optionalColumns = ['status', 'aired_at', 'note'] as const
export type Column = (typeof requiredColumns)[number] | (typeof optionalColumns)[number]

/** One data row: its cells by column (empty string when blank), and the line it starts on. */
export type LogRow = { line: number; cells: Record<Column, string> }

/** The whole file is refused: `status` 400 (unreadable, columns missing), 413 (too large) or 415. */
export class ImportFileError extends Error {
  constructor(
    readonly status: 400 | 403 | 413 | 415,
    message: string,
  ) {
    super(message)
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export const tooLarge = (say: Say, size: number) =>
  new ImportFileError(
    413,
    say('importTooLarge', { size: megabytes(size), max: megabytes(IMPORT_MAX_BYTES) }),
  )

/** `station`, ` Station `, `Aired At` and `aired-at` all name the same column. */
const columnName = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')

/** csv-parse cannot guess the delimiter: spreadsheets set to a comma-decimal locale write `;`. */
function delimiterOf(text: string): ',' | ';' {
  const end = text.indexOf('\n')
  const header = end < 0 ? text : text.slice(0, end)
  const count = (c: string) => header.split(c).length - 1
  return count(';') > count(',') ? ';' : ','
}

function decode(input: string | Uint8Array, say: Say): string {
  if (typeof input === 'string') return input
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input)
  } catch {
    throw new ImportFileError(400, say('importNotText'))
  }
}

export function readLog(input: string | Uint8Array, say: Say): LogRow[] {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength
  if (size > IMPORT_MAX_BYTES) throw tooLarge(say, size)
  // One line ending throughout, so that a file that mixes them still parses and lines count alike.
  const text = decode(input, say)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
  let records: { record: string[]; info: { lines: number } }[]
  try {
    // With `info`, each record comes with where it ended; csv-parse's types do not say so.
    records = parse(text, {
      delimiter: delimiterOf(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as typeof records
  } catch (err) {
    if (!(err instanceof CsvError)) throw err
    const line = (err as CsvError & { lines?: number }).lines ?? 1
    throw new ImportFileError(400, say('importUnreadable', { line, reason: err.message }))
  }

  const header = (records[0]?.record ?? []).map(columnName)
  const missing = requiredColumns.filter((c) => !header.includes(c))
  if (missing.length)
    throw new ImportFileError(400, say('importMissingColumns', { columns: missing.join(', ') }))
  const index = Object.fromEntries(
    [...requiredColumns, ...optionalColumns].map((c) => [c, header.indexOf(c)]),
  ) as Record<Column, number>

  const rows: LogRow[] = []
  for (let i = 1; i < records.length; i++) {
    const { record } = records[i]
    // Spreadsheets leave blank lines and rows of empty cells at the end.
    if (record.every((cell) => cell.trim() === '')) continue
    const cells = Object.fromEntries(
      Object.entries(index).map(([c, at]) => [c, at < 0 ? '' : (record[at] ?? '')]),
    ) as Record<Column, string>
    // A record starts on the line after the one where the previous record ended.
    rows.push({ line: records[i - 1].info.lines + 1, cells })
  }
  if (rows.length > IMPORT_MAX_ROWS)
    throw new ImportFileError(
      413,
      say('importTooManyRows', { rows: rows.length, max: IMPORT_MAX_ROWS }),
    )
  return rows
}
