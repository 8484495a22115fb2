import { describe, expect, it } from '@jest/globals'
import { checkPreview, PREVIEW_LIFETIME_SECONDS, previewPath } from '../../src/preview/signature'

const secret = 'a-test-secret-that-is-long-enough-0123456789'
const now = Date.UTC(2026, 11, 6, 12)
const target = { collection: 'songs', id: '7', locale: 'en' } as const
const query = (path: string) => new URL(path, 'http://x').searchParams

describe('signed preview links', () => {
  it('a link checks out for its document and language until it expires', () => {
    const path = previewPath(target, { now, secret })
    expect(path).toMatch(/^\/preview\/songs\/7\?locale=en&expires=\d+&signature=[\w-]+$/)
    expect(checkPreview('songs', '7', query(path), { now, secret })).toEqual({
      ok: true,
      locale: 'en',
    })
    const later = now + PREVIEW_LIFETIME_SECONDS * 1000
    expect(checkPreview('songs', '7', query(path), { now: later, secret })).toEqual({
      ok: false,
      why: 'expired',
    })
  })

  it('refuses another document, language, expiry or secret', () => {
    const signed = query(previewPath(target, { now, secret }))
    const changed = (name: string, value: string) => {
      const q = new URLSearchParams(signed)
      q.set(name, value)
      return q
    }
    const invalid = { ok: false, why: 'invalid' }
    expect(checkPreview('songs', '8', signed, { now, secret })).toEqual(invalid)
    expect(checkPreview('news', '7', signed, { now, secret })).toEqual(invalid)
    expect(checkPreview('songs', '7', changed('locale', 'lo'), { now, secret })).toEqual(invalid)
    expect(checkPreview('songs', '7', changed('locale', 'fr'), { now, secret })).toEqual(invalid)
    const expires = String(Number(signed.get('expires')) + 60)
    expect(checkPreview('songs', '7', changed('expires', expires), { now, secret })).toEqual(
      invalid,
    )
    expect(checkPreview('songs', '7', changed('signature', 'x'), { now, secret })).toEqual(invalid)
    expect(checkPreview('songs', '7', signed, { now, secret: `${secret}!` })).toEqual(invalid)
    expect(checkPreview('songs', '7', new URLSearchParams(), { now, secret })).toEqual(invalid)
  })
})
