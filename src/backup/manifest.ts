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

/**
 * Every regular file under `dir`, as paths relative to it with forward slashes, sorted. With
 * `hidden: false`, top-level entries whose name starts with a dot (.gitkeep, Siang's .trash of
 * files held for a write in flight) are left out.
 */
export function filesUnder(dir: string, { hidden = true } = {}): string[] {
  if (!fs.existsSync(dir)) return []
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .filter((rel) => hidden || !rel.startsWith('.'))
    .sort()
}

/** Anything under `dir` that is neither a regular file nor a folder (links, devices…). */
export function oddEntries(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => !entry.isFile() && !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/**
 * The paths an archive may hold: its manifest, one file under database/, and files under media/,
 * with no `..`, no absolute path and nothing hidden at the top of media/.
 */
export function allowedPath(rel: string): boolean {
  const clean = rel.replace(/\/+$/, '')
  if (clean === MANIFEST || clean === DATABASE_DIR || clean === MEDIA_DIR) return true
  if (path.isAbsolute(clean) || clean.split('/').some((part) => part === '..' || part === ''))
    return false
  if (/^database\/[^/]+$/.test(clean)) return true
  return clean.startsWith(`${MEDIA_DIR}/`) && !clean.startsWith(`${MEDIA_DIR}/.`)
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
  const bad = manifest.files.find((f) => typeof f?.path !== 'string' || !allowedPath(f.path))
  if (bad)
    throw new BackupError(`The archive's manifest names a path outside it: ${String(bad.path)}.`)
  return manifest
}

/**
 * Checks that the unpacked archive holds exactly the files its manifest lists, byte for byte.
 * Throws naming the first files that differ.
 */
export async function verify(dir: string, manifest: Manifest, progress: Progress): Promise<void> {
  const listed = new Map(manifest.files.map((f) => [f.path, f]))
  const present = new Set(filesUnder(dir).filter((p) => p !== MANIFEST))
  const problems: string[] = oddEntries(dir).map((p) => `${p}: not a regular file`)
  for (const p of present) if (!listed.has(p)) problems.push(`${p}: not in the manifest`)
  for (const p of listed.keys()) if (!present.has(p)) problems.push(`${p}: missing`)
  let checked = 0
  for (const file of manifest.files) {
    if (!present.has(file.path)) continue
    const full = path.join(dir, file.path)
    const size = fs.statSync(full).size
    if (size !== file.size)
      problems.push(`${file.path}: ${size} bytes, the manifest says ${file.size}`)
    else if ((await sha256Of(full)) !== file.sha256) problems.push(`${file.path}: checksum differs`)
    checked++
    if (checked % 100 === 0 || checked === present.size)
      progress(`checking: ${checked} of ${present.size} files`)
  }
  if (problems.length > 0)
    throw new BackupError(
      `The archive is damaged: ${problems.length} file(s) do not match its manifest (${problems
        .slice(0, 5)
        .join('; ')}${problems.length > 5 ? '; …' : ''}). Nothing was restored.`,
    )
}
