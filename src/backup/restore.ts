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
import { megabytes } from './create'
import { databaseIsEmpty, moveFile, placeDatabase } from './database'
import {
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

async function unpack(archive: string, into: string, progress: Progress): Promise<void> {
  const total = fs.statSync(archive).size
  progress(`unpacking ${megabytes(total)}`)
  try {
    await extract({ file: archive, cwd: into, strict: true })
  } catch (err) {
    throw new BackupError(
      `The archive is damaged or cut short and cannot be read (${(err as Error).message}). Nothing was restored.`,
    )
  }
}

type SetAside = { from: string; to: string }[]

/** Moves what is at each path to a name carrying the time; answers how to put it back. */
function setAside(paths: string[], stamp: string): SetAside {
  const moved: SetAside = []
  for (const from of paths) {
    if (!fs.existsSync(from)) continue
    const to = `${from}.before-restore-${stamp}`
    moveFile(from, to)
    moved.push({ from, to })
  }
  return moved
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
  const emptyMedia = filesUnder(mediaDir).length === 0
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
    progress(
      `archive whole: made ${manifest.createdAt} by Siang ${manifest.siang}, ` +
        `migration ${manifest.database.migration ?? 'none'}, ${manifest.media.files} media files`,
    )

    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const sqliteFiles = databaseFile ? ['', '-wal', '-shm'].map((s) => `${databaseFile}${s}`) : []
    const local = manifest.media.storage === 'local'
    const aside = setAside([...sqliteFiles, ...(local ? [mediaDir] : [])], stamp)
    try {
      await placeDatabase(path.join(staging, 'database'), databaseURI, kind, replace)
      if (local) {
        fs.mkdirSync(path.dirname(path.resolve(mediaDir)), { recursive: true })
        const unpackedMedia = path.join(staging, MEDIA_DIR)
        if (fs.existsSync(unpackedMedia)) moveFile(unpackedMedia, mediaDir)
        else fs.mkdirSync(mediaDir, { recursive: true })
      }
    } catch (err) {
      for (const p of [...sqliteFiles, ...(local ? [mediaDir] : [])])
        fs.rmSync(p, { recursive: true, force: true })
      for (const { from, to } of aside) moveFile(to, from)
      throw err
    }
    progress(
      local
        ? `placed the database and ${manifest.media.files} media files (${megabytes(manifest.media.bytes)})`
        : "placed the database; the media are on S3: restore the bucket with the provider's tools",
    )
    return { ...manifest, setAside: aside.map((a) => a.to) }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
