/**
 * What a Siang backup archive holds, and the checks that it is whole: `manifest.json` lists every
 * other file of the archive with its size and SHA-256.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

export const BACKUP_FORMAT = 'siang-backup/1'
export const MANIFEST = 'manifest.json'
/** Where the archive keeps the database (a SQLite file or a mongodump archive) and the media. */
export const DATABASE_DIR = 'database'
export const MEDIA_DIR = 'media'

export type BackupFile = { path: string; size: number; sha256: string }

export type Manifest = {
  format: typeof BACKUP_FORMAT
  createdAt: string
  siang: string
  database: { kind: 'sqlite' | 'mongodb'; migration: string | null }
  media: { storage: 'local' | 's3'; files: number; bytes: number }
  files: BackupFile[]
}

export type Progress = (line: string) => void

export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(fs.createReadStream(file), hash)
  return hash.digest('hex')
}

/** Every regular file under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort()
}

/** Size and SHA-256 of each file under `root` (paths relative to it). */
export async function describe(
  root: string,
  paths: string[],
  progress: Progress,
): Promise<BackupFile[]> {
  const files: BackupFile[] = []
  for (const [i, rel] of paths.entries()) {
    const full = path.join(root, rel)
    files.push({ path: rel, size: fs.statSync(full).size, sha256: await sha256Of(full) })
    if ((i + 1) % 100 === 0 || i + 1 === paths.length)
      progress(`checksums: ${i + 1} of ${paths.length} files`)
  }
  return files
}

/** Reads and checks the manifest of an unpacked archive. */
export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST)
  if (!fs.existsSync(file))
    throw new BackupError(
      'The archive has no manifest.json: it is not a Siang backup, or it is cut short.',
    )
  let manifest: Manifest
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    throw new BackupError("The archive's manifest.json is not valid JSON: the archive is damaged.")
  }
  if (manifest.format !== BACKUP_FORMAT || !Array.isArray(manifest.files))
    throw new BackupError(
      `The archive's format is "${String(manifest.format)}"; this Siang reads "${BACKUP_FORMAT}".`,
    )
  return manifest
}

/**
 * Checks that the unpacked archive holds exactly the files its manifest lists, byte for byte.
 * Throws naming the first files that differ.
 */
export async function verify(dir: string, manifest: Manifest, progress: Progress): Promise<void> {
  const listed = new Map(manifest.files.map((f) => [f.path, f]))
  const present = filesUnder(dir).filter((p) => p !== MANIFEST)
  const problems: string[] = []
  for (const p of present) if (!listed.has(p)) problems.push(`${p}: not in the manifest`)
  for (const p of listed.keys()) if (!present.includes(p)) problems.push(`${p}: missing`)
  let checked = 0
  for (const file of manifest.files) {
    const full = path.join(dir, file.path)
    if (!fs.existsSync(full)) continue
    const size = fs.statSync(full).size
    if (size !== file.size)
      problems.push(`${file.path}: ${size} bytes, the manifest says ${file.size}`)
    else if ((await sha256Of(full)) !== file.sha256) problems.push(`${file.path}: checksum differs`)
    checked++
    if (checked % 100 === 0 || checked === manifest.files.length)
      progress(`checking: ${checked} of ${manifest.files.length} files`)
  }
  if (problems.length > 0)
    throw new BackupError(
      `The archive is damaged: ${problems.length} file(s) do not match its manifest (${problems
        .slice(0, 5)
        .join('; ')}${problems.length > 5 ? '; …' : ''}).`,
    )
}
