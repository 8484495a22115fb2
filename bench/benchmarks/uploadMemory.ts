/**
 * Server memory while a 1 GiB video streams in over HTTP: a real `npm start`, a real multipart
 * upload by curl, and the resident memory of every process of the server sampled throughout.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { fixture } from '../../tests/fixtures/media'
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  ensureBuild,
  launchServer,
  stopServer,
} from '../../tests/http/server'
import { result, type Benchmark } from '../lib'

const GiB = 1024 ** 3
const MiB = 1024 ** 2

/** A valid MP4 of `size` bytes: the test clip, then one `free` box that fills the rest. */
async function bigMp4(file: string, size: number): Promise<void> {
  const clip = fixture('clip.mp4')
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

export const uploadMemory: Benchmark = {
  name: 'upload-memory',
  async run() {
    ensureBuild()
    const site = await launchServer({ SEED_DEMO: '0' })
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-bench-upload-'))
    try {
      const file = path.join(dir, 'episode.mp4')
      await bigMp4(file, GiB)
      const login = await fetch(`${site.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
      })
      const { token } = (await login.json()) as { token: string }
      // Settle, then take the idle figure.
      await new Promise((r) => setTimeout(r, 2000))
      const idle = groupRss(site.pid)
      let peak = idle
      const sampler = setInterval(() => (peak = Math.max(peak, groupRss(site.pid))), 50)
      const started = Date.now()
      const { stdout } = await promisify(execFile)('curl', [
        '-sS',
        '-o',
        path.join(dir, 'response.json'),
        '-w',
        '%{http_code}',
        '-H',
        `Authorization: JWT ${token}`,
        '-F',
        `file=@${file};type=video/mp4`,
        '-F',
        '_payload={"alt":"bench"}',
        `${site.url}/api/media`,
      ])
      const seconds = (Date.now() - started) / 1000
      clearInterval(sampler)
      peak = Math.max(peak, groupRss(site.pid))
      if (stdout !== '201') {
        throw new Error(
          `the 1 GiB upload answered ${stdout}: ${fs.readFileSync(path.join(dir, 'response.json'), 'utf8')}`,
        )
      }
      const growth = (peak - idle) / MiB
      return [
        result({
          name: 'upload 1 GiB video: peak server RSS',
          value: peak / MiB,
          unit: 'MiB',
          baseline: idle / MiB,
          target: 'grows < 256 MiB over idle (streamed, never buffered)',
          ok: growth < 256,
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
