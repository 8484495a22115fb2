/**
 * Class: nothing lost or half-written when the server dies. A real `npm start` is killed with
 * SIGKILL in the middle of a 100 MB upload (a form post, and a resumable tus upload), of a
 * 2,000-row import and of a publish, then started again on the same files. Afterwards there is
 * no document and no stray file for a cut upload (once the sweep has run), a tus upload goes on
 * from where it stopped, an import is all there or not at all, a publish happened whole or not
 * at all, and SQLite's integrity check says ok.
 */
import { createHash } from 'node:crypto'
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { wav } from '../fixtures/media'
import { signIn, startSiang, type Siang } from '../../tooling/faultServer'
import { filesIn, integrity, sweep } from './harness'

const MB = 1024 * 1024
let siang: Siang
let token: string

beforeAll(async () => {
  // Data-saver copies only hourly: a 100 MB file's copy would keep a core busy for a minute.
  siang = await startSiang({ RENDITIONS_CRON: '0 0 * * * *' })
  token = await signIn(siang)
}, 180_000)

afterAll(() => siang?.stop())

/** Kills the server, checks the database file, and starts it again. */
async function crash(): Promise<void> {
  await siang.kill()
  expect(await integrity(siang)).toBe('ok')
}

async function restart(): Promise<void> {
  await siang.restart()
  token = await signIn(siang)
}

const api = async <T>(
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: T }> => {
  const res = await fetch(siang.url + path, {
    ...init,
    headers: { Authorization: `JWT ${token}`, ...(init.headers ?? {}) },
  })
  return { status: res.status, body: (await res.json().catch(() => null)) as T }
}
const count = async (collection: string, where: string) =>
  (await api<{ totalDocs: number }>(`/api/${collection}?limit=1&depth=0&${where}`)).body.totalDocs

/**
 * Sends `head`, then `body` in 1 MB pieces, then `tail`, and runs `onSent` once `at` bytes of
 * the body are out. Resolves with the status, or 0 when the connection died.
 */
function slowRequest(
  path: string,
  headers: Record<string, string>,
  parts: { head?: Buffer; body: Buffer; tail?: Buffer },
  at: number,
  onSent: () => Promise<void>,
): Promise<number> {
  return new Promise((resolve) => {
    const url = new URL(path, siang.url)
    const req = http.request(url, { method: headers['X-Method'] ?? 'POST', headers }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', () => resolve(0))
    void (async () => {
      if (parts.head) req.write(parts.head)
      let fired = false
      for (let sent = 0; sent < parts.body.length; sent += MB) {
        const ok = req.write(parts.body.subarray(sent, sent + MB))
        if (!ok) await new Promise((r) => req.once('drain', r))
        if (!fired && sent >= at) {
          fired = true
          await onSent()
          return
        }
      }
      if (parts.tail) req.write(parts.tail)
      req.end()
    })().catch(() => resolve(0))
  })
}

describe('kill -9 in the middle of the work', () => {
  it('a 100 MB form upload: no document, and no stray file once the sweep has run', async () => {
    const name = `cut-${Date.now()}.wav`
    const body = wav(6600)
    expect(body.length).toBeGreaterThan(100 * MB)
    const boundary = `----siang${Date.now()}`
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"cut"}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: audio/wav\r\n\r\n`,
    )
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
    const status = await slowRequest(
      '/api/media',
      {
        Authorization: `JWT ${token}`,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': String(head.length + body.length + tail.length),
      },
      { head, body, tail },
      50 * MB,
      crash,
    )
    expect(status).toBe(0)
    const left = sweep(siang)
    expect(filesIn(siang, 'tmp')).toEqual([])
    expect(
      filesIn(siang, 'media').filter((f) => f.includes('cut-') || f.startsWith('.trash')),
    ).toEqual([])
    await restart()
    expect(await count('media', `where[filename][like]=${name.replace('.wav', '')}`)).toBe(0)
    expect(left).toMatch(/removed/)
  }, 180_000)

  it('a 100 MB resumable upload goes on from where it stopped, into one document', async () => {
    const name = `resumed-${Date.now()}.wav`
    const body = wav(6600)
    const b64 = (s: string) => Buffer.from(s).toString('base64')
    const created = await fetch(`${siang.url}/api/tus`, {
      method: 'POST',
      headers: {
        Authorization: `JWT ${token}`,
        'Tus-Resumable': '1.0.0',
        'Upload-Length': String(body.length),
        'Upload-Metadata': `filename ${b64(name)},filetype ${b64('audio/wav')},alt ${b64('resumed')}`,
      },
    })
    expect(created.status).toBe(201)
    const location = created.headers.get('location')!
    const tus = {
      Authorization: `JWT ${token}`,
      'Tus-Resumable': '1.0.0',
      'Content-Type': 'application/offset+octet-stream',
      'X-Method': 'PATCH',
    }
    const cut = await slowRequest(
      location,
      { ...tus, 'Upload-Offset': '0' },
      { body },
      50 * MB,
      crash,
    )
    expect(cut).toBe(0)
    await restart()
    const head = await fetch(siang.url + location, {
      method: 'HEAD',
      headers: { Authorization: `JWT ${token}`, 'Tus-Resumable': '1.0.0' },
    })
    const offset = Number(head.headers.get('upload-offset'))
    expect(offset).toBeGreaterThan(10 * MB)
    expect(offset).toBeLessThan(body.length)
    const rest = await fetch(siang.url + location, {
      method: 'PATCH',
      headers: { ...tus, Authorization: `JWT ${token}`, 'Upload-Offset': String(offset) },
      body: new Uint8Array(body.subarray(offset)),
    })
    expect(rest.status).toBe(200)
    const { doc } = (await rest.json()) as { doc: { id: number; url: string } }
    expect(await count('media', `where[filename][like]=${name.replace('.wav', '')}`)).toBe(1)
    const stored = Buffer.from(
      await (
        await fetch(new URL(doc.url, siang.url), { headers: { Authorization: `JWT ${token}` } })
      ).arrayBuffer(),
    )
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
    expect(sha(stored)).toBe(sha(body))
  }, 240_000)

  it('a 2,000-row import commit: afterwards every row or none', async () => {
    const province = (
      await api<{ docs: { id: number }[] }>('/api/provinces?where[code][equals]=LA-SV')
    ).body.docs[0]
    const song = (await api<{ docs: { slug: string }[] }>('/api/songs?limit=1')).body.docs[0]
    const log = async (name: string) => {
      await api('/api/stations', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, kind: 'radio', province: province.id }),
      })
      const rows = Array.from({ length: 2000 }, (_, i) => {
        const day = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 20) * 86_400_000)
          .toISOString()
          .slice(0, 10)
        return `${name},${day},${String(6 + Math.floor((i % 20) / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'},song,${song.slug},planned,,`
      })
      return ['station,date,time,type,item,status,aired_at,note', ...rows].join('\n')
    }
    const commit = (csv: string) =>
      fetch(`${siang.url}/api/broadcasts/import?commit=true`, {
        method: 'POST',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'text/csv' },
        body: csv,
      })
    // How long a whole commit takes here, to kill the next one half-way through.
    const stamp = Date.now()
    const started = Date.now()
    expect((await commit(await log(`Whole FM ${stamp}`))).status).toBe(201)
    const whole = Date.now() - started
    const outcomes: number[] = []
    for (const [i, share] of [0.5, 0.3, 0.7].entries()) {
      const name = `Cut FM ${stamp} ${i}`
      const csv = await log(name)
      let answered = false
      const sent = commit(csv).then(
        () => (answered = true),
        () => undefined,
      )
      await new Promise((r) => setTimeout(r, whole * share))
      await crash()
      await sent
      await restart()
      const station = (
        await api<{ docs: { id: number }[] }>(
          `/api/stations?where[name][equals]=${encodeURIComponent(name)}`,
        )
      ).body.docs[0]
      const n = await count('broadcasts', `where[station][equals]=${station.id}`)
      expect([0, 2000]).toContain(n)
      if (!answered) outcomes.push(n)
    }
    // At least one kill came before the answer: nothing of that import was left half-written.
    expect(outcomes.length).toBeGreaterThan(0)
    console.log(
      `import of 2,000 rows: ${whole} ms whole; killed mid-way ${outcomes.length} time(s), rows after: ${outcomes.join(', ')}`,
    )
  }, 600_000)

  it('a publish with its workflow: the document is published whole, or not at all', async () => {
    const seen: string[] = []
    for (const delay of [10, 40, 120, 400]) {
      const made = await api<{ doc: { id: number } }>('/api/news?draft=true', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: `Cut publish ${Date.now()} ${delay}` }),
      })
      const id = made.body.doc.id
      const publish = fetch(`${siang.url}/api/news/${id}`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ _status: 'published' }),
      }).catch(() => null)
      await new Promise((r) => setTimeout(r, delay))
      await crash()
      await publish
      await restart()
      const doc = (
        await api<{ _status: string; workflowStatus: string }>(`/api/news/${id}?depth=0`)
      ).body
      const versions = await count(
        'news/versions',
        `where[parent][equals]=${id}&where[version._status][equals]=published`,
      )
      if (doc._status === 'published') {
        expect(doc.workflowStatus).toBe('approved')
        expect(versions).toBeGreaterThan(0)
      } else {
        expect(doc._status).toBe('draft')
        expect(doc.workflowStatus).toBe('draft')
        expect(versions).toBe(0)
      }
      seen.push(doc._status)
    }
    console.log(`publishes cut by kill -9: ${seen.join(', ')}`)
  }, 300_000)
})
