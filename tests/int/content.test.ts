import { describe, expect, it } from '@jest/globals'
import { wav } from '../fixtures/media'
import { engine, payloadForFile } from '../helpers/payload'

const payload = payloadForFile()

describe(`slugs (${engine})`, () => {
  it('come from the English title when a document is created in English', async () => {
    const doc = await payload().create({
      collection: 'songs',
      locale: 'en',
      data: { title: 'Safe Journey Home' },
    })
    expect(doc.slug).toBe('safe-journey-home')
  })

  it('are a short readable id when the title is Lao only', async () => {
    const doc = await payload().create({
      collection: 'songs',
      locale: 'lo',
      data: { title: 'ເດີນທາງປອດໄພ' },
    })
    expect(doc.slug).toMatch(/^song-[a-z0-9]{6}$/)
  })

  it('get a number when the title’s slug is taken, and are never empty', async () => {
    const a = await payload().create({
      collection: 'news',
      locale: 'en',
      data: { title: 'Half-year report' },
    })
    const b = await payload().create({
      collection: 'news',
      locale: 'en',
      data: { title: 'Half-year report' },
    })
    expect(a.slug).toBe('half-year-report')
    expect(b.slug).toBe('half-year-report-2')
    const c = await payload().create({ collection: 'news', data: { title: 'ລາຍງານ', slug: '   ' } })
    expect(c.slug).toMatch(/^news-/)
  })

  it('stay editable, cleaned, and keep to one per collection (400 on a clash)', async () => {
    const doc = await payload().create({
      collection: 'radio-spots',
      locale: 'en',
      data: { title: 'Know the hotline' },
    })
    const edited = await payload().update({
      collection: 'radio-spots',
      id: doc.id,
      locale: 'en',
      data: { slug: 'Hotline 1300 Spot' },
    })
    expect(edited.slug).toBe('hotline-1300-spot')
    const renamed = await payload().update({
      collection: 'radio-spots',
      id: doc.id,
      locale: 'en',
      data: { title: 'New name' },
    })
    expect(renamed.slug).toBe('hotline-1300-spot')
    await expect(
      payload().create({
        collection: 'radio-spots',
        data: { title: 'Other', slug: 'hotline-1300-spot' },
      }),
    ).rejects.toMatchObject({ status: 400 })
  })
  it('take the English title’s slug when it arrives before the first publish, and never after', async () => {
    const draft = await payload().create({
      collection: 'songs',
      data: { title: 'ເພງໃໝ່' },
      draft: true,
    })
    expect(draft.slug).toMatch(/^song-/)
    const named = await payload().update({
      collection: 'songs',
      id: draft.id,
      locale: 'en',
      data: { title: 'Know Before You Go' },
      draft: true,
    })
    expect(named.slug).toBe('know-before-you-go')

    const live = await payload().create({
      collection: 'songs',
      data: { title: 'ເພງເກົ່າ', _status: 'published' },
    })
    const later = await payload().update({
      collection: 'songs',
      id: live.id,
      locale: 'en',
      data: { title: 'Old Song' },
    })
    expect(later.slug).toBe(live.slug)
  })
})

describe(`content rules (${engine})`, () => {
  it('refuses a social post longer than a chosen platform allows, naming the platform', async () => {
    await expect(
      payload().create({
        collection: 'social-posts',
        data: { title: 'Long', platforms: ['facebook', 'x'], body: 'ຄ'.repeat(300) },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/Post text/) })
    const err = await payload()
      .create({
        collection: 'social-posts',
        data: { title: 'Long', platforms: ['x'], body: 'a'.repeat(300) },
      })
      .catch((e) => e)
    expect(JSON.stringify(err.data)).toMatch(/X allows 280 characters/)
    const ok = await payload().create({
      collection: 'social-posts',
      data: {
        title: 'Short',
        platforms: ['x', 'tiktok'],
        body: 'Call 1300',
        hashtags: ['SafeMigration'],
      },
    })
    expect(ok.platforms).toEqual(['x', 'tiktok'])
  })

  it('copies the duration of the audio onto a song, read from the media', async () => {
    const media = await payload().create({
      collection: 'media',
      data: { alt: 'Silence' },
      file: {
        data: wav(),
        mimetype: 'audio/wav',
        name: `silence-${Date.now()}.wav`,
        size: wav().length,
      },
    })
    await payload().update({ collection: 'media', id: media.id, data: { duration: 187 } })
    const song = await payload().create({
      collection: 'songs',
      data: { title: 'With audio', audio: media.id },
    })
    expect(song.duration).toBe(187)
    const cleared = await payload().update({
      collection: 'songs',
      id: song.id,
      data: { audio: null },
    })
    expect(cleared.duration).toBeNull()
  })

  it('refuses an image where audio is expected', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    )
    const image = await payload().create({
      collection: 'media',
      data: { alt: 'dot' },
      file: { data: png, mimetype: 'image/png', name: `dot-${Date.now()}.png`, size: png.length },
    })
    await expect(
      payload().create({ collection: 'songs', data: { title: 'Wrong', audio: image.id } }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('lists a drama’s episodes in order, and a campaign’s material, without drafts for the public', async () => {
    const campaign = await payload().create({
      collection: 'campaigns',
      data: { title: 'Campaign', _status: 'published' },
    })
    const drama = await payload().create({
      collection: 'dramas',
      data: { title: 'Series', format: 'long', campaigns: [campaign.id], _status: 'published' },
    })
    for (const n of [2, 1, 3]) {
      await payload().create({
        collection: 'episodes',
        data: {
          title: `Episode ${n}`,
          drama: drama.id,
          number: n,
          _status: n === 3 ? 'draft' : 'published',
        },
      })
    }
    const staff = await payload().findByID({ collection: 'dramas', id: drama.id, depth: 1 })
    const staffEpisodes = (staff.episodes?.docs ?? []) as { number: number }[]
    expect(staffEpisodes.map((e) => e.number)).toEqual([1, 2, 3])
    const visitor = await payload().findByID({
      collection: 'dramas',
      id: drama.id,
      depth: 1,
      overrideAccess: false,
    })
    const visitorEpisodes = (visitor.episodes?.docs ?? []) as { number: number }[]
    expect(visitorEpisodes.map((e) => e.number)).toEqual([1, 2])
    const camp = await payload().findByID({
      collection: 'campaigns',
      id: campaign.id,
      depth: 1,
      overrideAccess: false,
    })
    expect((camp.dramas?.docs ?? []).map((d) => (typeof d === 'object' ? d.id : d))).toEqual([
      drama.id,
    ])
  })

  it('publishes a scheduled draft when the job runs', async () => {
    const doc = await payload().create({
      collection: 'tv-spots',
      data: { title: 'Later' },
      draft: true,
    })
    await payload().jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'tv-spots', value: doc.id } },
      waitUntil: new Date(Date.now() + 200),
    })
    await new Promise((r) => setTimeout(r, 300))
    await payload().jobs.run()
    const after = await payload().findByID({
      collection: 'tv-spots',
      id: doc.id,
      overrideAccess: false,
    })
    expect(after._status).toBe('published')
  })

  it('makes the first user of an empty site an admin', async () => {
    const { totalDocs } = await payload().count({ collection: 'users' })
    expect(totalDocs).toBe(0)
    const first = await payload().create({
      collection: 'users',
      data: { email: 'first@siang.test', password: 'first user password', roles: ['editor'] },
    })
    expect(first.roles).toEqual(['admin'])
    const second = await payload().create({
      collection: 'users',
      data: { email: 'second@siang.test', password: 'second user password', roles: ['editor'] },
    })
    expect(second.roles).toEqual(['editor'])
  })
})
