import { describe, expect, it } from '@jest/globals'
import { isBot, parseBeacon, playTypes, viewTypes } from '@/reach/beacon'

const parse = (body: unknown) => parseBeacon(JSON.stringify(body))

describe('parseBeacon from the site', () => {
  it.each(viewTypes)('counts a view of a %s page', (type) => {
    expect(parse({ type, slug: 'x', event: 'view', source: 'site' })).toEqual({
      ok: true,
      beacon: { type, slug: 'x', field: 'views', source: 'site' },
    })
  })

  it('counts plays only for the types with a player', () => {
    expect([...playTypes].sort()).toEqual(['episodes', 'radio-spots', 'songs', 'tv-spots'])
    expect(parse({ type: 'songs', slug: 'x', event: 'play', source: 'site' })).toMatchObject({
      ok: true,
      beacon: { field: 'plays' },
    })
    const news = parse({ type: 'news', slug: 'x', event: 'play', source: 'site' })
    expect(news).toEqual({ ok: false, message: expect.stringContaining('no player') })
  })

  it('refuses campaigns, unknown events and sources, with a message naming the field', () => {
    expect(parse({ type: 'campaigns', slug: 'x', event: 'view', source: 'site' })).toEqual({
      ok: false,
      message: expect.stringContaining('"type"'),
    })
    expect(parse({ type: 'songs', slug: 'x', event: 'load', source: 'site' })).toEqual({
      ok: false,
      message: expect.stringContaining('"event"'),
    })
    expect(parse({ type: 'songs', slug: 'x', event: 'view', source: 'app' })).toEqual({
      ok: false,
      message: expect.stringContaining('"source"'),
    })
    expect(parse({ type: 'songs', slug: '', event: 'view', source: 'site' })).toEqual({
      ok: false,
      message: expect.stringContaining('"slug"'),
    })
  })

  it('refuses what is not a JSON object', () => {
    for (const text of ['not json', 'null', '[]', '"songs"', '42'])
      expect(parseBeacon(text)).toMatchObject({ ok: false })
  })
})

describe('parseBeacon from an embed (the body embeds have always sent)', () => {
  it('counts a load as a view, and keeps the partner and the framing origin', () => {
    const body = { type: 'tv-spots', slug: 'x', event: 'load', partner: 'p', origin: 'https://o' }
    expect(parse(body)).toEqual({
      ok: true,
      beacon: {
        type: 'tv-spots',
        slug: 'x',
        field: 'views',
        source: 'embed',
        partner: 'p',
        origin: 'https://o',
      },
    })
  })

  it('accepts only embeddable types and the embed events', () => {
    expect(parse({ type: 'news', slug: 'x', event: 'load' })).toMatchObject({ ok: false })
    expect(parse({ type: 'songs', slug: 'x', event: 'view' })).toMatchObject({ ok: false })
    expect(parse({ type: 'songs', slug: 'x', event: 'play', source: 'embed' })).toMatchObject({
      ok: true,
      beacon: { field: 'plays', source: 'embed' },
    })
  })
})

describe('isBot', () => {
  it('knows self-declared crawlers and not phones', () => {
    expect(isBot('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe(
      true,
    )
    expect(isBot('facebookexternalhit/1.1')).toBe(true)
    expect(
      isBot(
        'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
      ),
    ).toBe(false)
    expect(isBot(null)).toBe(false)
  })
})
