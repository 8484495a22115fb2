import { describe, expect, it } from '@jest/globals'
import { engine, payloadForFile } from '../helpers/payload'

const payload = payloadForFile()

const episodes = () =>
  payload()
    .count({ collection: 'episodes' })
    .then((r) => r.totalDocs)

describe(`the checks on drafts (${engine})`, () => {
  it('refuses a new draft without a title, and stores nothing', async () => {
    const before = await episodes()
    const err = await payload()
      .create({ collection: 'episodes', data: {}, draft: true })
      .catch((e) => e)
    expect(err).toMatchObject({ status: 400 })
    expect(JSON.stringify(err.data)).toMatch(/"path":"title"/)
    expect(JSON.stringify(err.data)).not.toMatch(/"path":"(drama|number)"/)
    expect(await episodes()).toBe(before)
  })

  it('keeps a titled draft with its other required fields still empty, until it is published', async () => {
    const draft = await payload().create({
      collection: 'episodes',
      data: { title: 'ຕອນໃໝ່' },
      draft: true,
    })
    // Later draft saves check nothing, as before: not even the title.
    const edited = await payload().update({
      collection: 'episodes',
      id: draft.id,
      data: { number: 0 },
      draft: true,
    })
    expect(edited.number).toBe(0)
    const err = await payload()
      .update({ collection: 'episodes', id: draft.id, data: { _status: 'published' } })
      .catch((e) => e)
    expect(err).toMatchObject({ status: 400 })
    expect(JSON.stringify(err.data)).toMatch(/"path":"drama"/)
    await payload().delete({ collection: 'episodes', id: draft.id })
  })

  it('checks everything on a save that is not a draft, published or not', async () => {
    const err = await payload()
      // The type asks a complete episode of a save that is not a draft: this one is not.
      .create({ collection: 'episodes', data: { title: 'ຕອນບໍ່ຄົບ' } as never })
      .catch((e) => e)
    expect(err).toMatchObject({ status: 400 })
    expect(JSON.stringify(err.data)).toMatch(/"path":"drama"/)
  })
})
