/**
 * What the fault tests check on a server of tooling/faultServer.ts after killing it: the
 * database, the files left behind, and the sweep.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import type { Siang } from '../../tooling/faultServer'
import { root } from '../../tooling/paths'

/** SQLite's own check of the database file: "ok" when nothing is damaged. */
export async function integrity(siang: Siang): Promise<string> {
  const client = createClient({ url: String(siang.env.DATABASE_URI) })
  try {
    const { rows } = await client.execute('PRAGMA integrity_check')
    return rows.map((r) => String(Object.values(r)[0])).join('\n')
  } finally {
    client.close()
  }
}

/** Files in a folder of the server's (recursively, by relative path). */
export function filesIn(siang: Siang, folder: string): string[] {
  const base = path.join(siang.dir, folder)
  if (!fs.existsSync(base)) return []
  return (fs.readdirSync(base, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(base, f)).isFile())
    .sort()
}

/** `npm run media:sweep` now, with the server stopped: what a crash left behind goes. */
export function sweep(siang: Siang): string {
  return execFileSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['--conditions=production', 'scripts/media-sweep.ts', '--now'],
    {
      cwd: root,
      env: { ...siang.env, NODE_ENV: 'production' },
      encoding: 'utf8',
    },
  )
}
