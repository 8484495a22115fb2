/**
 * `npm run restore -- <archive> [--force]`: restores a backup into the database and media
 * folder the environment names (DATABASE_URI, MEDIA_DIR), then applies pending migrations.
 * Refuses a target that holds data unless --force (stop the server first). Exit codes: 0 done,
 * 1 failed with nothing restored (a damaged archive, for one), 2 refused (the target is not
 * empty), 3 restored but its migrations failed (what was there before is named, set aside).
 */
import { getPayload } from 'payload'
import '../src/lib/loadEnv'
import { BackupError } from '../src/backup/manifest'
import { restoreBackup, TargetNotEmpty } from '../src/backup/restore'
import { resolveDatabaseURI, resolveMediaDir } from '../src/lib/env'

const args = process.argv.slice(2)
const archive = args.find((a) => !a.startsWith('--'))
const progress = (line: string) => console.error(`[restore] ${line}`)

async function main(): Promise<void> {
  if (!archive) {
    console.error('Usage: npm run restore -- <archive> [--force]')
    process.exit(1)
  }
  const restored = await restoreBackup({
    archive,
    databaseURI: resolveDatabaseURI(),
    mediaDir: resolveMediaDir(),
    replace: args.includes('--force'),
    progress,
  })
  for (const p of restored.setAside) progress(`kept what was there as ${p}`)
  progress('applying pending migrations')
  process.env.JOBS_AUTORUN = 'false'
  try {
    const { default: config } = await import('../src/payload.config')
    const payload = await getPayload({ config })
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    progress(`done: the database answers (${totalDocs} users)`)
  } catch (err) {
    console.error(
      `[restore] the archive is in place, but its migrations failed: ${(err as Error).message}` +
        (restored.setAside.length
          ? `. What was there before is kept as ${restored.setAside.join(', ')}.`
          : '.'),
    )
    process.exit(3)
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`[restore] failed: ${err instanceof BackupError ? err.message : err}`)
    process.exit(err instanceof TargetNotEmpty ? 2 : 1)
  },
)
