/**
 * `npm run backup`: one archive of the database, the media and a manifest, in BACKUP_DIR
 * (default ./backups). Progress goes to stderr; the last line on stdout is the archive's path.
 * Safe while the server runs.
 */
import '../src/lib/loadEnv'
import { createBackup } from '../src/backup/create'
import { BackupError } from '../src/backup/manifest'
import {
  resolveBackupDir,
  resolveDatabaseURI,
  resolveMediaDir,
  resolveS3Bucket,
} from '../src/lib/env'
import { siangVersion } from './lib'

createBackup({
  databaseURI: resolveDatabaseURI(),
  mediaDir: resolveMediaDir(),
  s3Bucket: resolveS3Bucket(),
  backupDir: resolveBackupDir(),
  version: siangVersion(),
  progress: (line) => console.error(`[backup] ${line}`),
}).then(
  (archive) => {
    console.log(archive)
    process.exit(0)
  },
  (err) => {
    console.error(`[backup] failed: ${err instanceof BackupError ? err.message : err}`)
    process.exit(1)
  },
)
