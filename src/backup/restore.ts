/**
 * `npm run restore -- <archive>`: unpacks a backup beside its target, checks every file against
 * the manifest, and only then puts the database and media in place. A target that holds data is
 * refused unless `replace`; then the old database and media are set aside, not deleted, and come
 * back if placing the new ones fails. Pending migrations are the caller's next step.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { extract } from 'tar'
import { databaseKind, sqliteFilePath } from '../lib/env'
import { migrations } from '../migrations'
import { megabytes } from './create'
import { checkpointSqlite, databaseIsEmpty, moveFile, placeDatabase } from './database'
import {
  allowedPath,
  BackupError,
  filesUnder,
  MEDIA_DIR,
  readManifest,
  verify,
  type Manifest,
  type Progress,
} from './manifest'

export type RestoreOptions = {
  archive: string
  databaseURI: string
  mediaDir: string
  replace: boolean
  progress: Progress
}

/** Thrown when the target holds data and the caller did not ask to replace it. */
export class TargetNotEmpty extends BackupError {}

/** Unpacks only files and folders at the paths an archive may hold; anything else fails. */
async function unpack(archive: string, into: string, progress: Progress): Promise<void> {
  progress(`unpacking ${megabytes(fs.statSync(archive).size)}`)
  const refused: string[] = []
  try {
    await extract({
      file: archive,
      cwd: into,
      strict: true,
      preserveOwner: false,
      filter: (entry, stat) => {
        const type = stat.type
        const ok = (type === 'File' || type === 'Directory') && allowedPath(entry)
        if (!ok) refused.push(`${entry} (${type})`)
        return ok
      },
    })
  } catch (err) {
    throw new BackupError(
      `The archive is damaged or cut short and cannot be read (${(err as Error).message}). Nothing was restored.`,
    )
  }
  if (refused.length > 0)
    throw new BackupError(
      `The archive holds entries a Siang backup never has: ${refused.slice(0, 5).join(', ')}. Nothing was restored.`,
    )
}

/** What was moved out of the way, to put back if placing the archive fails. */
type Moved = { from: string; to: string }[]

function setAside(from: string, stamp: string, moved: Moved): string | null {
  if (!fs.existsSync(from)) return null
  const to = `${from}.before-restore-${stamp}`
  moveFile(from, to)
  moved.push({ from, to })
  return to
}

/**
 * Sets the media folder aside: renamed whole when it can be; when it is a mount point (or on
 * another file system), its contents move into a hidden folder inside it instead.
 */
function setMediaAside(mediaDir: string, stamp: string, moved: Moved): string | null {
  if (filesUnder(mediaDir, { hidden: false }).length === 0) return null
  try {
    return setAside(mediaDir, stamp, moved)
  } catch (err) {
    if (!['EBUSY', 'EXDEV', 'EPERM'].includes((err as NodeJS.ErrnoException).code ?? '')) throw err
    const keep = path.join(mediaDir, `.before-restore-${stamp}`)
    fs.mkdirSync(keep)
    for (const name of fs.readdirSync(mediaDir).filter((n) => n !== path.basename(keep))) {
      fs.renameSync(path.join(mediaDir, name), path.join(keep, name))
      moved.push({ from: path.join(mediaDir, name), to: path.join(keep, name) })
    }
    return keep
  }
}

/** Moves each entry of the unpacked media into the media folder (which may be a mount point). */
function placeMedia(unpacked: string, mediaDir: string, placed: string[]): void {
  fs.mkdirSync(mediaDir, { recursive: true })
  if (!fs.existsSync(unpacked)) return
  for (const name of fs.readdirSync(unpacked)) {
    const to = path.join(mediaDir, name)
    moveFile(path.join(unpacked, name), to)
    placed.push(to)
  }
}

/** The archive's newest migration must be one this Siang has: a newer archive needs a newer Siang. */
function checkMigration(manifest: Manifest): void {
  const { migration } = manifest.database
  if (migration && !migrations.some((m) => m.name === migration))
    throw new BackupError(
      `The archive was made by a newer Siang (${manifest.siang}, migration ${migration}, which this ` +
        'one does not have). Update Siang, then restore. Nothing was restored.',
    )
}

export async function restoreBackup(
  options: RestoreOptions,
): Promise<Manifest & { setAside: string[] }> {
  const { archive, databaseURI, mediaDir, replace, progress } = options
  if (!fs.existsSync(archive) || !fs.statSync(archive).isFile())
    throw new BackupError(`There is no archive at ${archive}.`)
  const kind = databaseKind(databaseURI)
  const databaseFile = kind === 'sqlite' ? sqliteFilePath(databaseURI) : null

  const emptyDatabase = await databaseIsEmpty(databaseURI, kind)
  // .gitkeep and other hidden files do not make a media folder hold data.
  const emptyMedia = filesUnder(mediaDir, { hidden: false }).length === 0
  if (!replace && !(emptyDatabase && emptyMedia))
    throw new TargetNotEmpty(
      `The target is not empty (${[
        emptyDatabase ? '' : `database ${databaseFile ?? databaseURI}`,
        emptyMedia ? '' : `media folder ${mediaDir}`,
      ]
        .filter(Boolean)
        .join(', ')}). Nothing was changed. To replace it, stop the server and run again with ` +
        '--force: what is there now is kept beside it, renamed with ".before-restore-<time>".',
    )

  // Unpacked beside the database, so that moving it into place is a rename.
  const near = databaseFile ? path.dirname(databaseFile) : os.tmpdir()
  fs.mkdirSync(near, { recursive: true })
  const staging = fs.mkdtempSync(path.join(near, '.siang-restore-'))
  try {
    await unpack(archive, staging, progress)
    const manifest = readManifest(staging)
    await verify(staging, manifest, progress)
    const engine = kind === 'sqlite' ? 'sqlite' : 'mongodb'
    if (manifest.database.kind !== engine)
      throw new BackupError(
        `The archive holds a ${manifest.database.kind} database; DATABASE_URI names ${engine}.`,
      )
    checkMigration(manifest)
    progress(
      `archive whole: made ${manifest.createdAt} by Siang ${manifest.siang}, ` +
        `migration ${manifest.database.migration ?? 'none'}, ${manifest.media.files} media files`,
    )

    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const local = manifest.media.storage === 'local'
    const sqliteFiles = databaseFile ? ['', '-wal', '-shm'].map((s) => `${databaseFile}${s}`) : []
    const moved: Moved = []
    const placed: string[] = []
    const kept: (string | null)[] = []
    try {
      if (databaseFile && fs.existsSync(databaseFile)) await checkpointSqlite(databaseFile)
      for (const file of sqliteFiles) kept.push(setAside(file, stamp, moved))
      if (local) kept.push(setMediaAside(mediaDir, stamp, moved))
      await placeDatabase(path.join(staging, 'database'), databaseURI, kind, replace)
      if (databaseFile) placed.push(databaseFile)
      if (local) placeMedia(path.join(staging, MEDIA_DIR), mediaDir, placed)
    } catch (err) {
      for (const p of placed.reverse()) fs.rmSync(p, { recursive: true, force: true })
      for (const { from, to } of moved.reverse()) moveFile(to, from)
      throw err
    }
    progress(
      local
        ? `placed the database and ${manifest.media.files} media files (${megabytes(manifest.media.bytes)})`
        : "placed the database; the media are on S3: restore the bucket with the provider's tools",
    )
    return { ...manifest, setAside: kept.filter((p): p is string => p !== null) }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
