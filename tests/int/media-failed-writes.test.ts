import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { sweepOrphanMedia } from '@/media/orphans'
import { fixture, png, redAndBlue, twoTone } from '../fixtures/media'
import { engine, payloadForFile } from '../helpers/payload'

const payload = payloadForFile()
const dir = () => payload().collections.media.config.upload.staticDir!
const files = () =>
  (fs.existsSync(dir()) ? fs.readdirSync(dir()) : []).filter((name) => !name.startsWith('.')).sort()
const held = () =>
  fs.existsSync(path.join(dir(), '.trash')) ? fs.readdirSync(path.join(dir(), '.trash')) : []

type Db = Payload['db'] & {
  drizzle?: { run: (query: unknown) => Promise<unknown> }
  connection?: { db: { command: (cmd: object) => Promise<unknown> } }
}

/**
 * Makes the database itself refuse to store a media document whose file name starts with
 * "refuse-": a trigger on SQLite, a collection validator on MongoDB.
 */
async function databaseRefusesNames(): Promise<void> {
  const db = payload().db as Db
  if (engine === 'sqlite') {
    for (const event of ['INSERT', 'UPDATE'])
      await db.drizzle!.run(
        sql.raw(`CREATE TRIGGER refuse_${event.toLowerCase()} BEFORE ${event} ON media
          WHEN NEW.filename LIKE 'refuse-%' BEGIN SELECT RAISE(ABORT, 'refused by the database'); END`),
      )
  } else {
    await db.connection!.db.command({
      collMod: 'media',
      validator: { filename: { $not: /^refuse-/ } },
    })
  }
}

async function upload(name: string, data: Buffer, mimetype: string) {
  return payload().create({
    collection: 'media',
    data: { alt: name },
    file: { data, mimetype, name, size: data.length },
  })
}

const namesOf = (doc: {
  filename?: string | null
  sizes?: Record<string, { filename?: string | null }> | null
}) =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((s) => s.filename)].filter(
    Boolean,
  ) as string[]

describe(`media files stay in step with their documents (${engine})`, () => {
  it('a new upload that the database refuses leaves no file', async () => {
    await databaseRefusesNames()
    const before = files()
    await expect(upload('refuse-photo.png', await png(800, 600), 'image/png')).rejects.toThrow()
    expect(files()).toEqual(before)
    expect(
      (
        await payload().count({
          collection: 'media',
          where: { alt: { equals: 'refuse-photo.png' } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('a replacement file that the database refuses leaves the old file and sizes in place, and no new ones', async () => {
    const doc = await upload('poster.png', await png(800, 600), 'image/png')
    const old = namesOf(doc)
    expect(old.length).toBeGreaterThan(1)
    const before = files()
    const data = await png(640, 480)
    await expect(
      payload().update({
        collection: 'media',
        id: doc.id,
        data: {},
        file: { data, mimetype: 'image/png', name: 'refuse-poster.png', size: data.length },
      }),
    ).rejects.toThrow()
    expect(files()).toEqual(before)
    for (const name of old) expect(fs.existsSync(path.join(dir(), name))).toBe(true)
    expect(held()).toEqual([])
    const again = await payload().findByID({ collection: 'media', id: doc.id })
    expect(again.filename).toBe(doc.filename)
  })

  it('a corrupt replacement that Siang refuses leaves the old audio file in place', async () => {
    const doc = await upload('song.mp3', fixture('tone.mp3'), 'audio/mpeg')
    const mp3 = fixture('tone.mp3')
    const sync = mp3.indexOf(Buffer.from([0xff, 0xfb]))
    const noise = Buffer.concat([mp3.subarray(0, sync + 4), Buffer.alloc(3000)])
    const before = files()
    await expect(
      payload().update({
        collection: 'media',
        id: doc.id,
        data: {},
        file: { data: noise, mimetype: 'audio/mpeg', name: 'song-v2.mp3', size: noise.length },
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect(files()).toEqual(before)
    expect(fs.readFileSync(path.join(dir(), doc.filename!))).toEqual(mp3)
    expect(held()).toEqual([])
  })

  it('a replacement that succeeds removes the old files after the document is saved', async () => {
    const doc = await upload('banner.png', await png(800, 600), 'image/png')
    const data = await png(900, 500)
    const updated = await payload().update({
      collection: 'media',
      id: doc.id,
      data: {},
      file: { data, mimetype: 'image/png', name: 'banner-2.png', size: data.length },
    })
    for (const name of namesOf(doc)) expect(fs.existsSync(path.join(dir(), name))).toBe(false)
    for (const name of namesOf(updated)) expect(fs.existsSync(path.join(dir(), name))).toBe(true)
    expect(held()).toEqual([])
  })

  it('a new focal point makes new size files under new names, and removes the old ones', async () => {
    const doc = await upload('wide.png', await twoTone(1600, 600), 'image/png')
    const og = (d: typeof doc) => fs.readFileSync(path.join(dir(), d.sizes!.og!.filename!))
    const was = await redAndBlue(og(doc))
    const moved = await payload().update({
      collection: 'media',
      id: doc.id,
      data: { focalX: 95, focalY: 50 },
    })
    expect(moved.focalX).toBe(95)
    // The Open Graph crop follows the focal point: from the blue right-hand side now.
    const now = await redAndBlue(og(moved))
    expect(now.blue).toBeGreaterThan(was.blue + 40)
    const before = doc.sizes!.og!.filename!
    const after = moved.sizes!.og!.filename!
    expect(after).not.toBe(before)
    expect(fs.existsSync(path.join(dir(), before))).toBe(false)
    expect(fs.existsSync(path.join(dir(), moved.filename!))).toBe(true)
    expect(held()).toEqual([])
  })

  it('a delete removes the document, then its files', async () => {
    const doc = await upload('gone.png', await png(400, 300), 'image/png')
    await payload().delete({ collection: 'media', id: doc.id })
    for (const name of namesOf(doc)) expect(fs.existsSync(path.join(dir(), name))).toBe(false)
    expect(held()).toEqual([])
  })

  if (engine === 'sqlite') {
    // MongoDB has no triggers or validators that can refuse a delete.
    it('a delete that the database refuses keeps the document and every file', async () => {
      const doc = await upload('keep-me.png', await png(400, 300), 'image/png')
      await (payload().db as Db).drizzle!.run(
        sql.raw(`CREATE TRIGGER refuse_delete BEFORE DELETE ON media
          WHEN OLD.filename LIKE 'keep-%' BEGIN SELECT RAISE(ABORT, 'refused by the database'); END`),
      )
      await expect(payload().delete({ collection: 'media', id: doc.id })).rejects.toThrow()
      expect((await payload().findByID({ collection: 'media', id: doc.id })).filename).toBe(
        doc.filename,
      )
      for (const name of namesOf(doc)) expect(fs.existsSync(path.join(dir(), name))).toBe(true)
      expect(held()).toEqual([])
    })
  }

  it('after a crash, the sweep puts back held files that a document still uses', async () => {
    const doc = await upload('crash.png', await png(400, 300), 'image/png')
    const hold = path.join(dir(), '.trash', 'crashed')
    fs.mkdirSync(hold, { recursive: true })
    fs.renameSync(path.join(dir(), doc.filename!), path.join(hold, doc.filename!))
    fs.writeFileSync(path.join(hold, 'not-used.png'), 'x')
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000)
    fs.utimesSync(hold, old, old)
    await sweepOrphanMedia(payload())
    expect(fs.existsSync(path.join(dir(), doc.filename!))).toBe(true)
    expect(held()).toEqual([])
  })
})
