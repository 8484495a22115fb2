/**
 * `npm run media:sweep [-- --now]`: what the nightly sweep does, on demand: media files no
 * document refers to, files held for a write that never finished, upload temp files, and
 * resumable uploads past their expiry. Files under an hour old are left (an upload may be in
 * flight) unless `--now`, for after a crash with the server stopped.
 */
import { getPayload } from 'payload'
import '../src/lib/loadEnv'
import { sweepOrphanMedia, sweepUploadTemp } from '../src/media/orphans'
import { sweepPartialUploads } from '../src/media/tusStore'
import config from '../src/payload.config'

const now = process.argv.includes('--now')

async function main(): Promise<void> {
  process.env.JOBS_AUTORUN = 'false'
  const payload = await getPayload({ config })
  const minAgeMs = now ? 0 : 60 * 60 * 1000
  const removed = await sweepOrphanMedia(payload, { minAgeMs })
  const temp = await sweepUploadTemp(payload, { minAgeMs })
  const uploads = await sweepPartialUploads()
  console.log(
    `[media:sweep] removed ${removed.length} unreferenced media file(s), ${temp} upload temp ` +
      `file(s) and ${uploads} expired resumable upload(s)`,
  )
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
