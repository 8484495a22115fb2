/**
 * Server memory while a 1 GiB video streams in over HTTP: a real `npm start`, a multipart upload
 * streamed from disk, and the resident memory of every process of the server sampled every 50 ms,
 * kept apart for the first 250 MiB and the rest, so that growth with the size of the file shows.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { root } from '../../tooling/paths'
import { ensureBuild, launchServer, stopServer } from '../../tooling/server'
import { adminToken, result, type Benchmark } from '../lib'

const GiB = 1024 ** 3
const MiB = 1024 ** 2

/** A valid MP4 of `size` bytes: the test clip, then one `free` box that fills the rest. */
async function bigMp4(file: string, size: number): Promise<void> {
  const clip = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'media', 'clip.mp4'))
  const pad = size - clip.length
  const header = Buffer.alloc(8)
  header.writeUInt32BE(pad, 0)
  header.write('free', 4, 'latin1')
  const out = fs.createWriteStream(file)
  out.write(clip)
  out.write(header)
  const chunk = Buffer.alloc(8 * MiB)
  for (let left = pad - 8; left > 0; left -= chunk.length) {
    if (!out.write(left >= chunk.length ? chunk : chunk.subarray(0, left)))
      await new Promise((r) => out.once('drain', () => r(undefined)))
  }
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  )
}

/** Resident memory of every process in the server's process group, in bytes. */
function groupRss(pgid: number): number {
  let total = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'))
      if (rss) total += Number(rss[1]) * 1024
    } catch {
      // the process ended between listing and reading
    }
  }
  return total
}

/**
 * A multipart upload streamed from disk, as a browser sends one; `progress` hears how many bytes
 * of the file have gone out.
 */
function streamUpload(
  url: string,
  token: string,
  file: string,
  progress: (sent: number) => void,
): Promise<{ status: number; body: string }> {
  const boundary = `siang-bench-${Date.now()}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"bench"}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="episode.mp4"\r\n` +
      'Content-Type: video/mp4\r\n\r\n',
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const size = fs.statSync(file).size
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      headers: {
        Authorization: `JWT ${token}`,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': head.length + size + tail.length,
      },
    })
    req.on('error', reject)
    req.on('response', (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.write(head)
    let sent = 0
    const stream = fs.createReadStream(file, { highWaterMark: MiB })
    stream.on('data', (chunk) => {
      sent += chunk.length
      progress(sent)
    })
    stream.on('error', reject)
    stream.on('end', () => req.end(tail))
    stream.pipe(req, { end: false })
  })
}

export const uploadMemory: Benchmark = {
  name: 'upload-memory',
  async run() {
    ensureBuild()
    const site = await launchServer({ SEED_DEMO: '0' })
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-bench-upload-'))
    try {
      const file = path.join(dir, 'episode.mp4')
      await bigMp4(file, GiB)
      const token = await adminToken(site.url)
      // Settle, then take the idle figure.
      await new Promise((r) => setTimeout(r, 2000))
      const idle = groupRss(site.pid)
      // The highest RSS seen while the first 250 MiB went out, and while the rest did.
      const peaks = { early: idle, late: idle }
      let sent = 0
      const sampler = setInterval(() => {
        const rss = groupRss(site.pid)
        const phase = sent < 250 * MiB ? 'early' : 'late'
        peaks[phase] = Math.max(peaks[phase], rss)
      }, 50)
      const started = Date.now()
      const { status, body } = await streamUpload(`${site.url}/api/media`, token, file, (n) => {
        sent = n
      })
      const seconds = (Date.now() - started) / 1000
      clearInterval(sampler)
      peaks.late = Math.max(peaks.late, groupRss(site.pid))
      if (status !== 201) throw new Error(`the 1 GiB upload answered ${status}: ${body}`)
      const growth = (Math.max(peaks.early, peaks.late) - idle) / MiB
      const lateGrowth = (peaks.late - peaks.early) / MiB
      return [
        result({
          name: 'upload-rss-growth-mb',
          value: growth,
          unit: 'MiB',
          baseline: null,
          target: `< 100 over idle (${(idle / MiB).toFixed(0)} MiB), and flat from 250 MiB to 1 GiB (+${lateGrowth.toFixed(1)} MiB, < 25)`,
          ok: growth < 100 && lateGrowth < 25,
        }),
        result({
          name: 'upload 1 GiB video: peak server RSS, first 250 MiB',
          value: peaks.early / MiB,
          unit: 'MiB',
          baseline: idle / MiB,
          target: 'measured',
          ok: null,
        }),
        result({
          name: 'upload 1 GiB video: peak server RSS, 250 MiB to 1 GiB',
          value: peaks.late / MiB,
          unit: 'MiB',
          baseline: peaks.early / MiB,
          target: 'measured',
          ok: null,
        }),
        result({
          name: 'upload 1 GiB video: throughput',
          value: GiB / MiB / seconds,
          unit: 'MiB/s',
          baseline: null,
          target: 'measured (loopback)',
          ok: null,
        }),
      ]
    } finally {
      stopServer(site.pid)
      fs.rmSync(dir, { recursive: true, force: true })
      fs.rmSync(site.dir, { recursive: true, force: true })
    }
  },
}
