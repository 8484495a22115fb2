import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { sweepOrphanMedia } from '@/media/orphans'
import { png } from '../fixtures/media'
import { engine, payloadForFile } from '../helpers/payload'

const payload = payloadForFile()

describe(`orphaned media files (${engine})`, () => {
  it('are removed by the sweep, while files that documents use, and fresh ones, stay', async () => {
    const data = await png(400, 300)
    const doc = await payload().create({
      collection: 'media',
      data: { alt: 'kept' },
      file: { data, mimetype: 'image/png', name: 'kept.png', size: data.length },
    })
    const dir = payload().collections.media.config.upload.staticDir!
    const stray = path.join(dir, 'left-by-a-failed-write.png')
    const fresh = path.join(dir, 'upload-in-flight.png')
    fs.writeFileSync(stray, data)
    fs.writeFileSync(fresh, data)
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000)
    fs.utimesSync(stray, old, old)

    const removed = await sweepOrphanMedia(payload())
    expect(removed).toEqual(['left-by-a-failed-write.png'])
    expect(fs.existsSync(stray)).toBe(false)
    expect(fs.existsSync(fresh)).toBe(true)
    expect(fs.existsSync(path.join(dir, doc.filename!))).toBe(true)
    for (const size of Object.values(doc.sizes ?? {})) {
      if (size?.filename) expect(fs.existsSync(path.join(dir, size.filename))).toBe(true)
    }
  })

  it('runs as a scheduled job task', async () => {
    const job = await payload().jobs.queue({ task: 'sweepOrphanMedia', input: {} })
    const result = await payload().jobs.runByID({ id: job.id })
    expect(JSON.stringify(result)).toMatch(/"status":"success"/)
    // A job that succeeds is removed; a failed one would stay with its error.
    const left = await payload().find({
      collection: 'payload-jobs',
      where: { id: { equals: job.id } },
    })
    expect(left.totalDocs).toBe(0)
  })
})
