import { describe, expect, it } from '@jest/globals'
import { png, vtt } from '../fixtures/media'
import { engine, payloadForFile } from '../helpers/payload'

const payload = payloadForFile()

async function image(name: string) {
  const data = await png(16, 16)
  return payload().create({
    collection: 'media',
    data: { alt: name },
    file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
  })
}

const visible = async (id: number) =>
  (
    await payload().find({
      collection: 'media',
      where: { id: { equals: id } },
      overrideAccess: false,
    })
  ).totalDocs === 1

describe(`media visibility (${engine})`, () => {
  it('follows publication of the work that uses it', async () => {
    const cover = await image('cover')
    expect(cover.public).toBe(false)
    const song = await payload().create({
      collection: 'songs',
      data: { title: 'Song', cover: cover.id },
      draft: true,
    })
    expect(await visible(cover.id)).toBe(false)
    await payload().update({ collection: 'songs', id: song.id, data: { _status: 'published' } })
    expect(await visible(cover.id)).toBe(true)
    const other = await image('other')
    await payload().update({ collection: 'songs', id: song.id, data: { cover: other.id } })
    expect(await visible(cover.id)).toBe(false)
    expect(await visible(other.id)).toBe(true)
    await payload().delete({ collection: 'songs', id: song.id })
    expect(await visible(other.id)).toBe(false)
  })

  it('stays public while any published work still uses it', async () => {
    const shared = await image('shared')
    const a = await payload().create({
      collection: 'news',
      data: { title: 'A', heroImage: shared.id, _status: 'published' },
    })
    await payload().create({
      collection: 'campaigns',
      data: { title: 'B', heroImage: shared.id, _status: 'published' },
    })
    await payload().update({ collection: 'news', id: a.id, data: { _status: 'draft' } })
    expect(await visible(shared.id)).toBe(true)
  })

  it('counts captions in either language, and partner logos', async () => {
    const data = Buffer.from(vtt.good)
    const captions = await payload().create({
      collection: 'media',
      data: { alt: 'captions' },
      file: { data, mimetype: 'text/vtt', name: 'ep.en.vtt', size: data.length },
    })
    await payload().create({
      collection: 'tv-spots',
      locale: 'en',
      data: { title: 'Spot', captions: captions.id, _status: 'published' },
    })
    expect(await visible(captions.id)).toBe(true)
    const logo = await image('logo')
    await payload().create({
      collection: 'partners',
      data: { title: 'NGO', kind: 'ngo', logo: logo.id },
    })
    expect(await visible(logo.id)).toBe(true)
  })
})
