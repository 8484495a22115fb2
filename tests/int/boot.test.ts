import { describe, expect, it } from '@jest/globals'
import { contentTypes } from '../fixtures/content'
import { engine, payloadForFile } from '../helpers/payload'

const payload = payloadForFile()

describe(`boot (${engine})`, () => {
  it('applies the committed migrations to a fresh database', async () => {
    const { docs } = await payload().find({ collection: 'payload-migrations', pagination: false })
    expect(docs.map((d) => d.name)).toContain('20261128_020435_initial')
    expect(docs.every((d) => d.batch !== -1)).toBe(true)
  })

  it('registers every collection slug of the contract', () => {
    const slugs = payload().config.collections.map((c) => c.slug)
    for (const slug of [
      ...contentTypes,
      'users',
      'media',
      'partners',
      'provinces',
      'topics',
      'stations',
    ]) {
      expect(slugs).toContain(slug)
    }
    expect(payload().config.globals.map((g) => g.slug)).toContain('site-settings')
  })
})
