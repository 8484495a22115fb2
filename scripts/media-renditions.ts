/**
 * `npm run media:renditions [-- --again]`: makes the data-saver copies that are missing (new
 * installs, media from before renditions, failures once fixed), one file at a time, with
 * progress. `--again` makes them anew for every audio and video file. The server's own job
 * queue does the same for new uploads.
 */
import { createLocalReq, getPayload, type Where } from 'payload'
import '../src/lib/loadEnv'
import { ffmpegInfo } from '../src/media/ffmpeg'
import { makeRenditions } from '../src/media/renditions'
import config from '../src/payload.config'

const again = process.argv.includes('--again')
const size = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

async function main(): Promise<void> {
  // This process makes the copies itself; its own job runner stays off.
  process.env.JOBS_AUTORUN = 'false'
  const payload = await getPayload({ config })
  const ffmpeg = await ffmpegInfo()
  console.log(`[renditions] ffmpeg ${ffmpeg.version} (${ffmpeg.source}: ${ffmpeg.path})`)
  const where: Where = {
    and: [
      { or: [{ mimeType: { like: 'audio/' } }, { mimeType: { like: 'video/' } }] },
      { renditionOf: { exists: false } },
      ...(again
        ? []
        : [
            {
              or: [
                { liteStatus: { exists: false } },
                { liteStatus: { not_in: ['done', 'skipped'] } },
              ],
            },
          ]),
    ],
  }
  const { docs } = await payload.find({
    collection: 'media',
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'id',
  })
  console.log(`[renditions] ${docs.length} file(s) to do${again ? ' (again)' : ''}.`)
  const req = await createLocalReq({}, payload)
  let failed = 0
  for (const [i, doc] of docs.entries()) {
    const started = Date.now()
    const label = `[renditions] ${i + 1}/${docs.length} ${doc.filename}`
    let shown = 0
    try {
      const result = await makeRenditions(req, doc.id, {
        onProgress: (share) => {
          if (share - shown < 0.25) return
          shown = share
          console.log(`${label}: ${Math.round(share * 100)}%`)
        },
      })
      const took = ((Date.now() - started) / 1000).toFixed(1)
      if (!result) console.log(`${label}: gone`)
      else if (result.status === 'done') {
        const saved = Math.round((1 - result.bytes! / (doc.filesize ?? Infinity)) * 100)
        console.log(`${label}: done, ${size(result.bytes!)} (${saved}% smaller) in ${took} s`)
      } else console.log(`${label}: skipped (${result.note})`)
    } catch (err) {
      failed++
      console.error(`${label}: FAILED: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
  if (failed) throw new Error(`${failed} file(s) failed; see above.`)
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error('[renditions]', err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
