/**
 * A reference's rule on delete, changed in place. Columns added by `ALTER TABLE … ADD …
 * REFERENCES t(id)` carry their reference inline, with no rule, so deleting what they point at
 * is refused; the schema wants `set null` or `cascade` there, as on every other reference.
 *
 * SQLite cannot alter a foreign key, and making the table again is not safe here: migrations run
 * inside a transaction, where `PRAGMA foreign_keys=OFF` does nothing, so dropping a table others
 * point at would empty their references. The rule is part of the table's definition only, not of
 * its rows on disk, so the definition is rewritten instead, as SQLite's documentation describes
 * for such changes (lang_altertable.html, "other kinds of table schema changes"), and checked.
 */
import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export type OnDelete = 'set null' | 'cascade' | null

type Db = MigrateUpArgs['db']

/** `ddl` with each named column's inline reference given `actions[column]` (null: no rule). */
export function withReferenceActions(ddl: string, actions: Record<string, OnDelete>): string {
  let out = ddl
  for (const [column, action] of Object.entries(actions)) {
    const inline = new RegExp(
      `(\`${column}\` integer REFERENCES \\w+\\(id\\))(?: ON DELETE (?:set null|cascade))?(?=[,)])`,
    )
    if (!inline.test(out)) throw new Error(`No inline reference on ${column} in:\n${ddl}`)
    out = out.replace(inline, (_, ref: string) => (action ? `${ref} ON DELETE ${action}` : ref))
  }
  return out
}

/** Gives `table`'s columns the rules in `actions`, and checks that SQLite now reads them so. */
export async function setReferenceActions(
  db: Db,
  table: string,
  actions: Record<string, OnDelete>,
): Promise<void> {
  const [created] = await db.all<{ sql: string }>(
    sql`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ${table}`,
  )
  if (!created) throw new Error(`There is no table ${table}.`)
  const [{ schema_version: version }] = await db.all<{ schema_version: number }>(
    sql`PRAGMA schema_version`,
  )
  await db.run(sql`PRAGMA writable_schema=ON`)
  await db.run(
    sql`UPDATE sqlite_master SET sql = ${withReferenceActions(created.sql, actions)}
        WHERE type = 'table' AND name = ${table}`,
  )
  // A new version number makes every connection read the definitions again.
  await db.run(sql.raw(`PRAGMA schema_version=${Number(version) + 1}`))
  await db.run(sql`PRAGMA writable_schema=OFF`)
  const rules = await db.all<{ from: string; on_delete: string }>(
    sql.raw(`PRAGMA foreign_key_list('${table}')`),
  )
  for (const [column, action] of Object.entries(actions)) {
    const now = rules.find((r) => r.from === column)?.on_delete.toLowerCase()
    if (now !== (action ?? 'no action'))
      throw new Error(`${table}.${column} reads ${now} on delete, not ${action ?? 'no action'}.`)
  }
}
