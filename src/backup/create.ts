/**
 * `npm run backup`: one archive (`siang-backup-<time>.tar.gz`) holding a consistent copy of the
 * database, the media files (local storage) and a manifest with checksums. Safe while the
 * server runs: the database is copied from one snapshot first, then the media files, which
 * Siang never changes in place, are linked (or copied) as they are. The archive appears under
 * its name only when whole.
 */
import fs from 'node:fs'
import path from 'node:path'
import { create } from 'tar'
import { databaseKind } from '../lib/env'
import { snapshotDatabase } from './database'
import {
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

/** A hard link when the two folders share a file system (instant, no space), a copy otherwise. */
function linkOrCopy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  try {
    fs.linkSync(from, to)
  } catch {
    fs.copyFileSync(from, to)
  }
}

function copyMedia(mediaDir: string, into: string, progress: Progress): void {
  const files = filesUnder(mediaDir)
  let copied = 0
  for (const [i, rel] of files.entries()) {
    try {
      linkOrCopy(path.join(mediaDir, rel), path.join(into, rel))
      copied++
    } catch (err) {
      // Removed since it was listed: a file no document in the copy refers to any more.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    }
    if ((i + 1) % 200 === 0 || i + 1 === files.length)
      progress(`media: ${i + 1} of ${files.length} files`)
  }
  if (copied === 0) progress('media: no files')
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
  try {
    progress('database: copying a consistent snapshot')
    const database = await snapshotDatabase(
      databaseURI,
      databaseKind(databaseURI),
      path.join(staging, DATABASE_DIR),
    )
    progress(`database: copied (${database.kind}, migration ${database.migration ?? 'none'})`)
    if (s3Bucket)
      progress(
        `media: on S3 (bucket ${s3Bucket}), not in this archive: copy the bucket with the provider's tools`,
      )
    else copyMedia(mediaDir, path.join(staging, MEDIA_DIR), progress)

    const files = await describe(staging, filesUnder(staging), progress)
    const media = files.filter((f) => f.path.startsWith(`${MEDIA_DIR}/`))
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      createdAt,
      siang: version,
      database,
      media: {
        storage: s3Bucket ? 's3' : 'local',
        files: media.length,
        bytes: media.reduce((sum, f) => sum + f.size, 0),
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
