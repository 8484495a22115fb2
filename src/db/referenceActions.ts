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

const inlineReference = (column: string) => {
  if (!/^\w+$/.test(column)) throw new Error(`Not a column name: ${column}`)
  return new RegExp(
    `(\`${column}\` integer REFERENCES \\w+\\(id\\))(?: ON DELETE (?:set null|cascade))?(?=[,)])`,
  )
}

/**
 * `ddl` with the inline reference of each column in `actions` given its rule (null: none).
 * A column whose reference is written at the table's end (`FOREIGN KEY (…)`, as a rebuilt table
 * has them, with their rule) is left as it is, and so is one with no reference at all:
 * `setReferenceActions` checks what SQLite reads afterwards.
 */
export function withReferenceActions(ddl: string, actions: Record<string, OnDelete>): string {
  let out = ddl
  for (const [column, action] of Object.entries(actions))
    out = out.replace(inlineReference(column), (_, ref: string) =>
      action ? `${ref} ON DELETE ${action}` : ref,
    )
  return out
}

const rulesOf = async (db: Db, table: string) =>
  new Map(
    (
      await db.all<{ from: string; on_delete: string }>(
        sql.raw(`PRAGMA foreign_key_list('${table}')`),
      )
    ).map((r) => [r.from, r.on_delete.toLowerCase()]),
  )

/**
 * Gives `table`'s columns the rules in `actions` on the way up (each must read so afterwards),
 * or takes their inline ones away on the way down (null), in a savepoint: all or nothing, with
 * or without a transaction around it.
 */
export async function setReferenceActions(
  db: Db,
  table: string,
  actions: Record<string, OnDelete>,
): Promise<void> {
  const [created] = await db.all<{ sql: string }>(
    sql`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ${table}`,
  )
  if (!created) throw new Error(`There is no table ${table}.`)
  const made = withReferenceActions(created.sql, actions)
  const refuseWrong = (rules: Map<string, string>) => {
    for (const [column, action] of Object.entries(actions)) {
      const now = rules.get(column)
      const wanted = action ?? 'no action'
      const ours = action !== null || inlineReference(column).test(created.sql)
      if (now === undefined || (ours && now !== wanted))
        throw new Error(`${table}.${column} reads ${now ?? 'no reference'}, not ${wanted}.`)
    }
  }
  if (made === created.sql) return refuseWrong(await rulesOf(db, table))
  const [{ schema_version: version }] = await db.all<{ schema_version: number }>(
    sql`PRAGMA schema_version`,
  )
  await db.run(sql`SAVEPOINT reference_actions`)
  try {
    await db.run(sql`PRAGMA writable_schema=ON`)
    await db.run(
      sql`UPDATE sqlite_master SET sql = ${made} WHERE type = 'table' AND name = ${table}`,
    )
    // A new version number makes every connection read the definitions again.
    await db.run(sql.raw(`PRAGMA schema_version=${Number(version) + 1}`))
    await db.run(sql`PRAGMA writable_schema=OFF`)
    refuseWrong(await rulesOf(db, table))
    await db.run(sql`RELEASE reference_actions`)
  } catch (err) {
    await db.run(sql`PRAGMA writable_schema=OFF`)
    await db.run(sql`ROLLBACK TO reference_actions`)
    await db.run(sql`RELEASE reference_actions`)
    throw err
  }
}
