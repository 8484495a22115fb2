import { describe, expect, it } from '@jest/globals'
import { checkRole } from '@/access/checkRole'
import { isReplicaSet } from '@/db/mongodb'
import { provincesOutside, refIds } from '@/access/provinces/ids'
import { platformLengthErrors } from '@/lib/platforms'
import { httpsOriginProblem, isHttpUrl } from '@/lib/urls'
import { english } from '@/i18n/siang'

describe('platform length limits', () => {
  it('names the platform whose limit a post passes', () => {
    const errors = platformLengthErrors(['x', 'facebook'], 'a'.repeat(300), [], english)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^X allows 280 characters; this post has 300\./)
  })

  it('counts the hashtags as part of the post', () => {
    expect(platformLengthErrors(['x'], 'a'.repeat(270), ['#SafeMigration'], english)).toHaveLength(
      1,
    )
    expect(platformLengthErrors(['x'], 'a'.repeat(250), ['#SafeMigration'], english)).toHaveLength(
      0,
    )
  })

  it('passes a post that fits every chosen platform', () => {
    expect(platformLengthErrors(['tiktok', 'instagram'], 'ສຽງ'.repeat(100), [], english)).toEqual(
      [],
    )
  })
})

describe('embed origins', () => {
  it.each([
    ['https://partner.example.org', null],
    ['https://partner.example.org:8443', null],
  ])('accepts %s', (origin, problem) => {
    expect(httpsOriginProblem(origin, english)).toBe(problem)
  })

  it.each([
    ['http://partner.example.org', /https/],
    ['https://partner.example.org/path', /origin only/],
    ['https://*.example.org', /.+/],
    ['partner.example.org', /not a URL/],
    ['https://user:pw@example.org', /user name/],
  ])('refuses %s', (origin, problem) => {
    expect(httpsOriginProblem(origin, english)).toMatch(problem)
  })

  it('checks web addresses', () => {
    expect(isHttpUrl('https://www.facebook.com/post/1')).toBe(true)
    expect(isHttpUrl('javascript:alert(1)')).toBe(false)
  })
})

describe('province scope', () => {
  it('reads ids from ids and populated docs', () => {
    expect(refIds([1, { id: 2 }, null, '3'])).toEqual(['1', '2', '3'])
  })

  it('lists the provinces outside the allowed set', () => {
    expect(provincesOutside([1, 2], [{ id: 1 }])).toEqual(['2'])
    expect(provincesOutside([1], [1, 3])).toEqual([])
  })
})

describe('roles and engines', () => {
  it('checks roles', () => {
    expect(checkRole(['admin'], { roles: ['editor', 'admin'] })).toBe(true)
    expect(checkRole(['admin'], { roles: ['editor'] })).toBe(false)
    expect(checkRole(['admin'], null)).toBe(false)
  })

  it('recognises a replica set or mongos, and refuses a standalone server', () => {
    expect(isReplicaSet({ setName: 'rs0' })).toBe(true)
    expect(isReplicaSet({ msg: 'isdbgrid' })).toBe(true)
    expect(isReplicaSet({})).toBe(false)
  })
})
