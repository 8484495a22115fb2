/**
 * `npm run backup`: one archive (`siang-backup-<time>.tar.gz`) holding a consistent copy of the
 * database, the media files (local storage) and a manifest with checksums. Safe while the
 * server runs:
 * - the media files are linked (or copied) into a staging folder before the database snapshot,
 *   so a file deleted after it is still there for the documents of the snapshot; files that
 *   appeared meanwhile are added after it;
 * - files changed in the last minutes are copied, not linked, so that an upload still being
 *   written cannot change under its checksum (its document is not in the snapshot anyway);
 * - the archive appears under its name only when whole.
 */
import fs from 'node:fs'
import path from 'node:path'
import { create } from 'tar'
import { databaseKind } from '../lib/env'
import { snapshotDatabase } from './database'
import {
  BackupError,
  BACKUP_FORMAT,
  DATABASE_DIR,
  describe,
  filesUnder,
  MANIFEST,
  MEDIA_DIR,
  type Manifest,
  type Progress,
} from './manifest'

export type BackupOptions = {
  databaseURI: string
  mediaDir: string
  /** Media on S3: not in the archive (see docs/operations.md). */
  s3Bucket?: string
  backupDir: string
  version: string
  progress: Progress
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Files changed this recently may still be being written: copied, not linked. */
const SETTLED_MS = 10 * 60 * 1000
/** Staging folders and partial archives of a backup killed this long ago are removed. */
const STALE_MS = 6 * 60 * 60 * 1000

/** A hard link when the file is settled and both share a file system (instant), else a copy. */
function linkOrCopy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  if (Date.now() - fs.statSync(from).mtimeMs > SETTLED_MS) {
    try {
      fs.linkSync(from, to)
      return
    } catch {
      // another file system, or a bind mount: copy
    }
  }
  fs.copyFileSync(from, to)
}

/** Stages every media file not staged yet; answers how many it staged. */
function stageMedia(mediaDir: string, into: string, progress: Progress): number {
  const files = filesUnder(mediaDir, { hidden: false })
  let staged = 0
  for (const [i, rel] of files.entries()) {
    const target = path.join(into, rel)
    if (fs.existsSync(target)) continue
    try {
      linkOrCopy(path.join(mediaDir, rel), target)
      staged++
    } catch (err) {
      // Removed since it was listed (an upload that failed, a file replaced).
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    }
    if ((i + 1) % 500 === 0) progress(`media: ${i + 1} of ${files.length} files`)
  }
  return staged
}

const inside = (child: string, parent: string) => {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** The backup folder may not be inside the media folder, nor the other way round. */
function checkFolders(mediaDir: string, backupDir: string): void {
  const [media, backups] = [mediaDir, backupDir].map((p) =>
    fs.existsSync(p) ? fs.realpathSync(p) : path.resolve(p),
  )
  if (inside(backups, media) || inside(media, backups))
    throw new BackupError(
      `BACKUP_DIR (${backupDir}) and MEDIA_DIR (${mediaDir}) overlap: each archive would hold ` +
        'the others. Put the backups in a folder of their own.',
    )
}

/** What a backup killed mid-way left: its staging folder and partial archive. */
function removeStale(backupDir: string): void {
  for (const name of fs.readdirSync(backupDir)) {
    const full = path.join(backupDir, name)
    const leftover = /^\.siang-backup-.*\.tmp$/.test(name) || name.endsWith('.tar.gz.partial')
    if (leftover && Date.now() - fs.statSync(full).mtimeMs > STALE_MS)
      fs.rmSync(full, { recursive: true, force: true })
  }
}

async function pack(
  staging: string,
  archive: string,
  total: number,
  progress: Progress,
): Promise<void> {
  let done = 0
  let shown = 0
  await create(
    {
      file: archive,
      cwd: staging,
      gzip: { level: 1 },
      portable: true,
      // A file that cannot be read whole fails the backup rather than leave it out.
      strict: true,
      onWriteEntry: (entry) => {
        done += entry.size
        if (done - shown >= 50 * 1024 * 1024 || done === total) {
          shown = done
          progress(`archive: ${megabytes(done)} of ${megabytes(total)}`)
        }
      },
    },
    fs
      .readdirSync(staging)
      .sort((a, b) => (a === MANIFEST ? -1 : b === MANIFEST ? 1 : a.localeCompare(b))),
  )
}

export async function createBackup(options: BackupOptions): Promise<string> {
  const { databaseURI, mediaDir, s3Bucket, backupDir, version, progress } = options
  const createdAt = new Date().toISOString()
  const name = `siang-backup-${createdAt.replace(/[:.]/g, '-')}.tar.gz`
  fs.mkdirSync(backupDir, { recursive: true })
  const archive = path.resolve(backupDir, name)
  const staging = path.resolve(backupDir, `.${name}.tmp`)
  const partial = `${archive}.partial`
  checkFolders(mediaDir, backupDir)
  removeStale(backupDir)
  try {
    const media = path.join(staging, MEDIA_DIR)
    if (s3Bucket)
      progress(
        `media: on S3 (bucket ${s3Bucket}), not in this archive: copy the bucket with the provider's tools`,
      )
    else progress(`media: ${stageMedia(mediaDir, media, progress)} files staged`)
    progress('database: copying a consistent snapshot')
    const database = await snapshotDatabase(
      databaseURI,
      databaseKind(databaseURI),
      path.join(staging, DATABASE_DIR),
    )
    progress(`database: copied (${database.kind}, migration ${database.migration ?? 'none'})`)
    if (!s3Bucket) {
      const added = stageMedia(mediaDir, media, progress)
      if (added > 0) progress(`media: ${added} files added during the snapshot`)
    }

    const files = await describe(staging, filesUnder(staging), progress)
    const mediaFiles = files.filter((f) => f.path.startsWith(`${MEDIA_DIR}/`))
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      createdAt,
      siang: version,
      database,
      media: {
        storage: s3Bucket ? 's3' : 'local',
        files: mediaFiles.length,
        bytes: mediaFiles.reduce((sum, f) => sum + f.size, 0),
      },
      files,
    }
    fs.writeFileSync(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2))
    const total = files.reduce((sum, f) => sum + f.size, 0)
    await pack(staging, partial, total, progress)
    fs.renameSync(partial, archive)
    progress(`done: ${files.length} files, ${megabytes(fs.statSync(archive).size)} archived`)
    return archive
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
    fs.rmSync(partial, { force: true })
  }
}
