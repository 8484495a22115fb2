/**
 * The mixed load of the fault tests and the `faults` benchmark: readers on public pages and the
 * API (wrk, 200 connections) while staff upload images and audio, for a set time. Reports what
 * came back, what was stored, and the server's memory.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { png, wav } from './media'
import { root } from './paths'
import { wrkAsync, type Load } from './wrk'

export type MixResult = {
  readers: Load
  uploads: { sent: number; failed: string[]; names: string[] }
  /** The largest resident memory of the server's processes seen during the run, in MB. */
  peakRssMb: number
}

/** Resident memory of a process group (the server and what it started), in MB. */
function rssMb(pgid: number): number {
  try {
    const out = execFileSync('ps', ['-o', 'rss=', '-g', String(pgid)], { encoding: 'utf8' })
    return out.split('\n').reduce((n, line) => n + (Number(line.trim()) || 0), 0) / 1024
  } catch {
    return 0
  }
}

async function uploader(
  base: string,
  token: string,
  until: number,
  tag: string,
  out: MixResult['uploads'],
): Promise<void> {
  const image = await png(800, 600)
  const audio = wav(5)
  for (let n = 0; Date.now() < until; n++) {
    const isImage = n % 2 === 0
    const name = `load-${tag}-${n}.${isImage ? 'png' : 'wav'}`
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: name }))
    form.append(
      'file',
      new Blob([new Uint8Array(isImage ? image : audio)], {
        type: isImage ? 'image/png' : 'audio/wav',
      }),
      name,
    )
    out.sent++
    try {
      const res = await fetch(`${base}/api/media`, {
        method: 'POST',
        headers: { Authorization: `JWT ${token}` },
        body: form,
        signal: AbortSignal.timeout(120_000),
      })
      if (res.status === 201) out.names.push(name)
      else out.failed.push(`${name}: ${res.status} ${(await res.text()).slice(0, 200)}`)
    } catch (err) {
      out.failed.push(`${name}: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
}

/**
 * `seconds` of 200 readers against `readersBase` and 10 uploaders against `uploadsBase`, with
 * `pgid`'s memory sampled every second.
 */
export async function runMix({
  readersBase,
  uploadsBase,
  token,
  pgid,
  seconds,
}: {
  readersBase: string
  uploadsBase: string
  token: string
  pgid: number
  seconds: number
}): Promise<MixResult> {
  const uploads: MixResult['uploads'] = { sent: 0, failed: [], names: [] }
  let peakRssMb = rssMb(pgid)
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, rssMb(pgid))), 1000)
  const until = Date.now() + seconds * 1000
  const tag = Date.now().toString(36)
  const staff = Array.from({ length: 10 }, (_, i) =>
    uploader(uploadsBase, token, until, `${tag}-${i}`, uploads),
  )
  const readers = await wrkAsync(readersBase + '/', {
    script: path.join(root, 'bench', 'readers.lua'),
    connections: 200,
    seconds,
    timeout: '120s',
  })
  await Promise.all(staff)
  clearInterval(sampler)
  return { readers, uploads, peakRssMb: Math.round(Math.max(peakRssMb, rssMb(pgid))) }
}
