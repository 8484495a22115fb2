/** Environment handling shared by the config, the scripts and the health check. No Payload imports. */
import path from 'node:path'

const DEV_SECRET = 'siang-development-secret-not-for-production-use'
export const MIN_SECRET_LENGTH = 32

type Env = Record<string, string | undefined>

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

function isProductionBuild(env: Env): boolean {
  return env.NEXT_PHASE === 'phase-production-build'
}

/**
 * The secret that signs sessions. Outside production a fixed development value is used, so that
 * `npm run dev` works with no setup. In production a missing or short secret stops start-up:
 * a guessable secret lets anyone mint an admin session.
 */
export function resolveSecret(env: Env = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (env.NODE_ENV !== 'production' || isProductionBuild(env)) return secret || DEV_SECRET
  if (!secret) {
    throw new ConfigError(
      'PAYLOAD_SECRET is not set. In production it must be a random string of at least ' +
        `${MIN_SECRET_LENGTH} characters, for example from: openssl rand -hex 32`,
    )
  }
  if (secret.length < MIN_SECRET_LENGTH || secret === DEV_SECRET) {
    throw new ConfigError(
      `PAYLOAD_SECRET is too weak (${secret === DEV_SECRET ? 'the development value' : `${secret.length} characters`}). ` +
        `In production it must be a random string of at least ${MIN_SECRET_LENGTH} characters, ` +
        'for example from: openssl rand -hex 32',
    )
  }
  return secret
}

export function resolvePort(env: Env = process.env): number {
  const port = Number(env.PORT || 3000)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a number from 1 to 65535, not "${env.PORT}"`)
  }
  return port
}

/** The public origin, without a trailing slash. */
export function resolveServerURL(env: Env = process.env): string {
  const raw = env.SERVER_URL?.trim() || `http://localhost:${resolvePort(env)}`
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(
      `SERVER_URL must be an absolute URL such as https://siang.example.la, not "${raw}"`,
    )
  }
  return url.origin
}

export const DEFAULT_DATABASE_URI = 'file:./data/siang.db'

export function resolveDatabaseURI(env: Env = process.env): string {
  return env.DATABASE_URI?.trim() || DEFAULT_DATABASE_URI
}

export type DatabaseKind = 'sqlite' | 'mongodb' | 'mongodb-memory'

export function databaseKind(uri: string): DatabaseKind {
  if (uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('mongodb-memory:')) return 'mongodb-memory'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new ConfigError(
    `DATABASE_URI "${uri}" is not supported. Use file:./data/siang.db (SQLite), ` +
      'mongodb://… or mongodb+srv://… (MongoDB), or mongodb-memory:// (embedded MongoDB).',
  )
}

export function resolveMediaDir(env: Env = process.env): string {
  return env.MEDIA_DIR?.trim() || './media'
}

/**
 * How many proxies in front of Siang's server append to X-Forwarded-For (1 behind
 * deploy/nginx). 0 means clients connect directly: their socket's address is theirs.
 */
export function resolveTrustProxyHops(env: Env = process.env): number {
  const raw = env.TRUST_PROXY_HOPS?.trim() || '0'
  const hops = Number(raw)
  if (!Number.isInteger(hops) || hops < 0 || hops > 5)
    throw new ConfigError(
      `TRUST_PROXY_HOPS must be the number of proxies in front of Siang, 0 to 5 (1 behind nginx), not "${raw}"`,
    )
  return hops
}

/**
 * Days after a question is closed that its contact details are erased (QUESTIONS_ERASE_DAYS,
 * default 90). 0 erases them at the next run of the purge.
 */
export function resolveQuestionsEraseDays(env: Env = process.env): number {
  const raw = env.QUESTIONS_ERASE_DAYS?.trim() || '90'
  const days = Number(raw)
  if (!Number.isInteger(days) || days < 0 || days > 3650)
    throw new ConfigError(
      `QUESTIONS_ERASE_DAYS must be a whole number of days, 0 to 3650 (default 90), not "${raw}"`,
    )
  return days
}

/** Where uploads stream to while they arrive (UPLOAD_TEMP_DIR, default data/tmp). */
export function resolveUploadTempDir(env: Env = process.env): string {
  return env.UPLOAD_TEMP_DIR?.trim() || 'data/tmp'
}

/** The file of a `file:` SQLite URI (query string dropped), resolved against the working folder. */
export function sqliteFilePath(uri: string): string {
  return path.resolve(uri.slice('file:'.length).split('?')[0])
}

/** Where `npm run backup` writes its archives (BACKUP_DIR, default ./backups). */
export function resolveBackupDir(env: Env = process.env): string {
  return env.BACKUP_DIR?.trim() || './backups'
}

/** The S3 bucket media are stored in, when S3_BUCKET is set; otherwise media are local files. */
export function resolveS3Bucket(env: Env = process.env): string | undefined {
  return env.S3_BUCKET?.trim() || undefined
}

/**
 * Every environment variable Siang reads, in one list: `.env.example` documents each with its
 * default (tests/unit/env-example.test.ts compares the two). Code reads them through `setting`
 * or the resolvers above; nothing else reads `process.env`.
 */
export const SETTINGS = [
  'DATABASE_URI',
  'PAYLOAD_SECRET',
  'PORT',
  'SERVER_URL',
  'TRUST_PROXY_HOPS',
  'MEDIA_DIR',
  'UPLOAD_TEMP_DIR',
  'MEDIA_MAX_IMAGE_MB',
  'MEDIA_MAX_AUDIO_MB',
  'MEDIA_MAX_VIDEO_MB',
  'MEDIA_MAX_CAPTIONS_MB',
  'S3_BUCKET',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'FFMPEG_PATH',
  'TUS_DIR',
  'TUS_MAX_PENDING',
  'TUS_EXPIRY_HOURS',
  'JOBS_AUTORUN',
  'JOBS_CRON',
  'RENDITIONS_CRON',
  'RENDITION_RETRY_MS',
  'REVALIDATE_URLS',
  'SIANG_WRITE_WAIT_MS',
  'SMTP_HOST',
  'SMTP_PORT',
  'SMTP_SECURE',
  'SMTP_USER',
  'SMTP_PASS',
  'SMTP_FROM',
  'QUESTIONS_ERASE_DAYS',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'SEED_DEMO',
  'BACKUP_DIR',
  'PAYLOAD_LOG_LEVEL',
  'MONGO_MEMORY_DBPATH',
  'MONGOMS_SYSTEM_BINARY',
] as const

export type SettingName = (typeof SETTINGS)[number]
export type { Env }

/** One of Siang's settings, trimmed; undefined when unset or empty. */
export function setting(name: SettingName, env: Env = process.env): string | undefined {
  return env[name]?.trim() || undefined
}

/** Whether this process runs in production (NODE_ENV, which the commands set). */
export function isProduction(env: Env = process.env): boolean {
  return env.NODE_ENV === 'production'
}

/** Whether this code runs inside the Next.js server (NEXT_RUNTIME, which Next sets). */
export function inNextServer(env: Env = process.env): boolean {
  return Boolean(env.NEXT_RUNTIME)
}
