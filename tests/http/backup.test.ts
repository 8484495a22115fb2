/**
 * `npm run backup` and `npm run restore` against the running server: a backup taken while writes
 * are in flight restores into a fresh folder, and a server started on it serves every document
 * and file as the original did. Damaged archives and non-empty targets are refused.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from '@libsql/client'
import { create, extract } from 'tar'
import { contentTypes } from '../fixtures/content'
import { png } from '../fixtures/media'
import { adminLogin, api, copiesSettled, server, uploadMedia } from '../helpers/http'
import { waitForHealth } from '../../tooling/health'
import { root } from '../../tooling/paths'
import { freePort, SECRET, serverEnv, startServer, stopServer } from '../../tooling/server'

const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
type Ran = { code: number; stdout: string; stderr: string }

/** Runs a script of scripts/ as `npm run` would, with the database and media `target` names. */
function script(name: string, args: string[], target: Record<string, string>): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      tsx,
      ['--conditions=production', `scripts/${name}.ts`, ...args],
      { cwd: root, env: serverEnv({ PAYLOAD_SECRET: SECRET, ...target }), maxBuffer: 1 << 26 },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    )
  })
}

// Everything a visitor or staff member sees; the job queue, locks and preferences are the
// server's own bookkeeping and change by themselves.
const COLLECTIONS = [
  ...contentTypes,
  'media',
  'topics',
  'provinces',
  'partners',
  'stations',
  'broadcasts',
  'reach-reports',
  'users',
  'daily-counts',
  'redirects',
  'published-slugs',
]

type Doc = {
  id: number
  updatedAt: string
  filename?: string
  sizes?: Record<string, { filename?: string | null }>
}

async function everyDoc(
  base: string,
  collection: string,
  token: string,
): Promise<Map<number, Doc>> {
  const docs = new Map<number, Doc>()
  for (let page = 1; ; page++) {
    const res = await api<{ docs: Doc[]; hasNextPage: boolean }>(
      `/api/${collection}?depth=0&draft=true&limit=100&sort=id&page=${page}&locale=all`,
      { token, base },
    )
    expect(res.status).toBe(200)
    for (const doc of res.body.docs) docs.set(doc.id, doc)
    if (!res.body.hasNextPage) return docs
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-backup-test-'))
const fresh = (name: string) => ({
  DATABASE_URI: `file:${path.join(work, name, 'siang.db')}`,
  MEDIA_DIR: path.join(work, name, 'media'),
})
const original = () => ({
  DATABASE_URI: server().databaseURI,
  MEDIA_DIR: path.join(server().dir, 'media'),
})

let token: string
let archive: string
let startedAt: string
const written: { collection: string; id: number }[] = []

beforeAll(async () => {
  token = await adminLogin()
  const media = await uploadMedia<{ doc: { id: number } }>(
    token,
    { name: 'backed-up.png', bytes: await png(800, 600), type: 'image/png' },
    { alt: 'backed up' },
  )
  expect(media.status).toBe(201)
  // The job runner's own writes (data-saver copies of the demo's media) done first: what changes
  // while the backup runs is then only what this test writes.
  await copiesSettled(token)
}, 60_000)

afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

describe('npm run backup', () => {
  it('writes one archive while the server runs and writes are in flight, and prints its path last', async () => {
    startedAt = new Date().toISOString()
    let writing = true
    const topics = (async () => {
      for (let i = 0; writing; i++) {
        const res = await api<{ doc: { id: number } }>('/api/topics', {
          method: 'POST',
          token,
          body: { title: `In flight ${i}`, slug: `in-flight-${Date.now()}-${i}` },
        })
        expect(res.status).toBe(201)
        written.push({ collection: 'topics', id: res.body.doc.id })
      }
    })()
    const upload = uploadMedia<{ doc: { id: number } }>(
      token,
      { name: 'in-flight.png', bytes: await png(3000, 2000), type: 'image/png' },
      { alt: 'in flight' },
    ).then((res) => {
      expect(res.status).toBe(201)
      written.push({ collection: 'media', id: res.body.doc.id })
    })
    const ran = await script('backup', [], {
      ...original(),
      BACKUP_DIR: path.join(work, 'backups'),
    })
    writing = false
    await Promise.all([topics, upload])

    expect(ran.stderr).toContain('[backup] database: copied (sqlite, migration 2')
    expect(ran.stderr).toMatch(/\[backup\] checksums: \d+ of \d+ files/)
    expect(ran.code).toBe(0)
    archive = ran.stdout.trim().split('\n').at(-1)!
    expect(path.basename(archive)).toMatch(
      /^siang-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.tar\.gz$/,
    )
    expect(fs.readdirSync(path.join(work, 'backups'))).toEqual([path.basename(archive)])
    expect(written.length).toBeGreaterThan(1)
  }, 120_000)
})

describe('npm run restore', () => {
  it('restores into a fresh folder; a server started on it serves every document and file as before', async () => {
    const target = fresh('restored')
    // A fresh clone's media folder holds .gitkeep: still empty.
    fs.mkdirSync(target.MEDIA_DIR, { recursive: true })
    fs.writeFileSync(path.join(target.MEDIA_DIR, '.gitkeep'), '')
    const ran = await script('restore', [archive], target)
    expect(ran.stderr).toContain('[restore] archive whole')
    expect(ran.code).toBe(0)

    const port = await freePort()
    const url = `http://localhost:${port}`
    const child = startServer(
      serverEnv({
        ...target,
        PORT: String(port),
        // The same public address as the original, so that the URLs Siang makes match.
        SERVER_URL: server().url,
        PAYLOAD_SECRET: SECRET,
        TUS_DIR: path.join(work, 'tus'),
      }),
      path.join(work, 'restored.log'),
    )
    try {
      expect(await waitForHealth(url, child, 90_000)).toBe(true)
      const inFlight = new Set(written.map((w) => `${w.collection}/${w.id}`))
      let compared = 0
      for (const collection of COLLECTIONS) {
        // The token of the original server works: its session was backed up with its user.
        const before = await everyDoc(server().url, collection, token)
        const after = await everyDoc(url, collection, token)
        for (const [id, doc] of before) {
          const changedSince = doc.updatedAt > startedAt
          if (!after.has(id)) {
            // Only what was written while the backup ran may be missing.
            expect({
              missing: `${collection}/${id}`,
              inFlight: inFlight.has(`${collection}/${id}`),
            }).toEqual({ missing: `${collection}/${id}`, inFlight: true })
            continue
          }
          if (changedSince)
            expect(inFlight.has(`${collection}/${id}`) ? 'in flight' : `${collection}/${id}`).toBe(
              'in flight',
            )
          else {
            expect(after.get(id)).toEqual(doc)
            compared++
          }
        }
        for (const id of after.keys()) expect(before.has(id)).toBe(true)
      }
      expect(compared).toBeGreaterThan(50)

      // Every file byte for byte, and every media document's files present.
      const originalMedia = original().MEDIA_DIR
      const files = fs.readdirSync(target.MEDIA_DIR, { recursive: true }) as string[]
      for (const file of files) {
        const full = path.join(target.MEDIA_DIR, file)
        if (fs.statSync(full).isFile() && !file.startsWith('.'))
          expect(
            fs.readFileSync(full).equals(fs.readFileSync(path.join(originalMedia, file))),
          ).toBe(true)
      }
      for (const doc of (await everyDoc(url, 'media', token)).values()) {
        const names = [doc.filename, ...Object.values(doc.sizes ?? {}).map((s) => s.filename)]
        for (const name of names.filter((n): n is string => Boolean(n)))
          expect(fs.existsSync(path.join(target.MEDIA_DIR, name))).toBe(true)
      }
      const png = (await everyDoc(url, 'media', token))
        .values()
        .find((d) => d.filename === 'backed-up.png')
      const served = await fetch(`${url}/api/media/file/backed-up.png`, {
        headers: { Authorization: `JWT ${token}` },
      })
      expect(served.status).toBe(200)
      expect(png).toBeDefined()
      expect(
        Buffer.from(await served.arrayBuffer()).equals(
          fs.readFileSync(path.join(originalMedia, 'backed-up.png')),
        ),
      ).toBe(true)
    } finally {
      stopServer(child.pid!)
    }
  }, 240_000)

  it('refuses a target that holds data, changing nothing, unless --force', async () => {
    const target = fresh('restored')
    const db = fs.readFileSync(target.DATABASE_URI.slice('file:'.length))
    const refused = await script('restore', [archive], target)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('The target is not empty')
    expect(fs.readFileSync(target.DATABASE_URI.slice('file:'.length)).equals(db)).toBe(true)

    const forced = await script('restore', [archive, '--force'], target)
    expect(forced.code).toBe(0)
    const kept = fs
      .readdirSync(path.join(work, 'restored'))
      .filter((f) => f.includes('.before-restore-'))
    const oldDb = kept.find(
      (f) => f.startsWith('siang.db.before-restore-') && !/-(wal|shm)\./.test(f),
    )
    const oldMedia = kept.find((f) => f.startsWith('media.before-restore-'))
    // What was there is whole where it was set aside: the database opens, the files are there.
    const before = createClient({ url: `file:${path.join(work, 'restored', oldDb!)}` })
    const users = await before.execute('select count(*) as n from users')
    before.close()
    expect(Number(users.rows[0].n)).toBeGreaterThan(0)
    expect(fs.existsSync(path.join(work, 'restored', oldMedia!, 'backed-up.png'))).toBe(true)
    expect(forced.stderr).toContain(
      `kept what was there as ${path.join(work, 'restored', oldMedia!)}`,
    )
  }, 120_000)

  it('refuses an archive cut short, restoring nothing', async () => {
    const cut = path.join(work, 'cut.tar.gz')
    const bytes = fs.readFileSync(archive)
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const target = fresh('from-cut')
    const ran = await script('restore', [cut], target)
    expect(ran.code).toBe(1)
    expect(ran.stderr).toMatch(/damaged or cut short/)
    expect(fs.existsSync(target.DATABASE_URI.slice('file:'.length))).toBe(false)
    expect(fs.existsSync(target.MEDIA_DIR)).toBe(false)
    expect(
      fs.readdirSync(path.join(work, 'from-cut')).filter((f) => f.startsWith('.siang-restore-')),
    ).toEqual([])
  }, 60_000)

  /** The archive, unpacked, changed by `change`, and packed again. */
  async function altered(name: string, change: (dir: string) => void): Promise<string> {
    const unpacked = path.join(work, name)
    fs.mkdirSync(unpacked)
    await extract({ file: archive, cwd: unpacked })
    change(unpacked)
    const file = path.join(work, `${name}.tar.gz`)
    await create({ file, cwd: unpacked, gzip: true }, fs.readdirSync(unpacked))
    return file
  }

  /** Restores `file` into a fresh target, expecting a refusal that leaves the target untouched. */
  async function refused(file: string, name: string): Promise<string> {
    const target = fresh(name)
    const ran = await script('restore', [file], target)
    expect(ran.code).toBe(1)
    expect(fs.existsSync(target.DATABASE_URI.slice('file:'.length))).toBe(false)
    expect(fs.existsSync(target.MEDIA_DIR)).toBe(false)
    return ran.stderr
  }

  it('refuses an archive whose file no longer matches its checksum, restoring nothing', async () => {
    const file = await altered('altered', (dir) => {
      const victim = path.join(dir, 'media', 'backed-up.png')
      const bytes = fs.readFileSync(victim)
      bytes[bytes.length - 10] ^= 0xff
      fs.writeFileSync(victim, bytes)
    })
    expect(await refused(file, 'from-altered')).toContain('media/backed-up.png: checksum differs')
  }, 60_000)

  it('refuses an archive holding a link, which could point out of the media folder', async () => {
    const file = await altered('linked', (dir) =>
      fs.symlinkSync('../../../../.env', path.join(dir, 'media', 'innocent.png')),
    )
    expect(await refused(file, 'from-linked')).toContain(
      'entries a Siang backup never has: media/innocent.png (SymbolicLink)',
    )
  }, 60_000)

  it('refuses an archive made by a newer Siang, whose migrations this one lacks', async () => {
    const file = await altered('newer', (dir) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
      manifest.database.migration = '20991231_000000_from_the_future'
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest))
    })
    expect(await refused(file, 'from-newer')).toContain('made by a newer Siang')
  }, 60_000)
})
