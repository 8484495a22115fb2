import { describe, expect, it } from '@jest/globals'
import { seed } from '../../seed'
import { engine, payloadForFile } from '../helpers/payload'

const payload = payloadForFile()

describe(`seed (${engine})`, () => {
  it('creates the admin with a generated password, the 18 provinces, the topics and the settings', async () => {
    const result = await seed(payload())
    expect(result.admin).toMatchObject({ email: 'admin@siang.local', generated: true })
    expect(result.admin!.password.length).toBeGreaterThanOrEqual(16)
    const provinces = await payload().find({ collection: 'provinces', limit: 50, locale: 'en' })
    expect(provinces.totalDocs).toBe(18)
    expect(provinces.docs.map((p) => p.code)).toEqual(
      expect.arrayContaining(['LA-VT', 'LA-SV', 'LA-LP', 'LA-XS']),
    )
    const lao = await payload().find({
      collection: 'provinces',
      where: { code: { equals: 'LA-SV' } },
      locale: 'lo',
    })
    expect(lao.docs[0].title).toBe('ສະຫວັນນະເຂດ')
    expect((await payload().count({ collection: 'topics' })).totalDocs).toBe(8)
    const settings = await payload().findGlobal({ slug: 'site-settings', locale: 'en' })
    expect(settings.hotlines?.[0]).toMatchObject({
      number: '1300',
      label: 'Anti-trafficking hotline',
    })
    const admin = await payload().login({
      collection: 'users',
      data: { email: 'admin@siang.local', password: result.admin!.password },
    })
    expect(admin.user?.roles).toEqual(['admin'])
  })

  it('changes nothing on a second run and prints no password again', async () => {
    const before = await payload().find({ collection: 'topics', limit: 50, sort: 'id' })
    const again = await seed(payload())
    expect(again.created).toBe(0)
    expect(again.admin).toBeUndefined()
    const after = await payload().find({ collection: 'topics', limit: 50, sort: 'id' })
    expect(after.docs.map((d) => [d.id, d.updatedAt])).toEqual(
      before.docs.map((d) => [d.id, d.updatedAt]),
    )
  })

  it('with reset, removes its own demo documents and makes them again, leaving other documents', async () => {
    const own = await payload().create({
      collection: 'topics',
      data: { title: 'Our own topic', slug: 'our-own-topic' },
    })
    const result = await seed(payload(), { reset: true })
    expect(result.deleted).toBe(8)
    expect(result.created).toBe(8)
    expect(await payload().findByID({ collection: 'topics', id: own.id })).toMatchObject({
      slug: 'our-own-topic',
    })
    expect((await payload().count({ collection: 'provinces' })).totalDocs).toBe(18)
  })
})
