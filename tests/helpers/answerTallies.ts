import { createClient } from '@libsql/client'
import { server } from './http'

/**
 * What the database holds for a quiz or poll, by its slug: answers (or votes) in all. Read from
 * the database itself, since no one reads the tallies through the API.
 */
export async function added(table: 'quiz_tallies' | 'poll_tallies', slug: string): Promise<number> {
  const db = createClient({ url: server().databaseURI })
  try {
    const [parent, key, field] =
      table === 'quiz_tallies' ? ['quizzes', 'quiz_id', 'answered'] : ['polls', 'poll_id', 'votes']
    const { rows } = await db.execute({
      sql: `SELECT COALESCE(SUM(t.${field}), 0) AS n FROM ${table} t JOIN ${parent} p ON p.id = t.${key} WHERE p.slug = ?`,
      args: [slug],
    })
    return Number(rows[0].n)
  } finally {
    db.close()
  }
}

/** Waits (up to 5 s) until the tally reaches `total`, and says what it holds then. */
export async function addedReaches(
  table: 'quiz_tallies' | 'poll_tallies',
  slug: string,
  total: number,
): Promise<number> {
  let now = await added(table, slug)
  for (let i = 0; i < 50 && now < total; i++) {
    await new Promise((r) => setTimeout(r, 100))
    now = await added(table, slug)
  }
  return now
}
