import { describe, expect, it } from '@jest/globals'
import { jsonBodyProblem, queryProblem } from '@/api/requestShape'

describe('the shape of a REST request, checked before Payload', () => {
  it('lets well-formed queries through', () => {
    for (const q of [
      '',
      '?limit=0&page=2&depth=1',
      '?where[title][equals]=x',
      '?where[or][0][slug][in]=a,b&where[or][1][_status][equals]=published',
      '?where[provinces][in][0]=1&where[provinces][in][1]=2',
      '?where[sizes.card.filename][equals]=a.webp',
      '?where=' + encodeURIComponent('{"title":{"like":"x"}}'),
    ])
      expect([q, queryProblem(q)]).toEqual([q, null])
  })

  it.each([
    ['?where=abc', /"where" must be/],
    ['?where[title][equals][0]=x', /takes one value/],
    ['?where[title]=x', /must name an operator/],
    ['?where[or]=x', /list of conditions/],
    ['?limit=99999999999999999999', /"limit" must be a whole number/],
    ['?limit=-1', /"limit"/],
    ['?page=0', /"page"/],
    ['?depth=abc', /"depth"/],
  ])('refuses %s', (q, message) => {
    expect(queryProblem(q)).toMatch(message)
  })

  it('takes a JSON object as a body, or nothing, and nothing else', () => {
    expect(jsonBodyProblem('{"title":"x"}')).toBeNull()
    expect(jsonBodyProblem('')).toBeNull()
    expect(jsonBodyProblem('{')).toBe('The request body is not valid JSON.')
    for (const body of ['null', '"text"', '42', '[]'])
      expect(jsonBodyProblem(body)).toMatch(/JSON object/)
  })
})
