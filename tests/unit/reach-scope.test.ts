import { describe, expect, it } from '@jest/globals'
import { sayIn } from '@/i18n/siang'
import { ReachError } from '@/reach/errors'
import { askedPeriod, assertMayReadReach, provinceScope } from '@/reach/summary/scope'

const provinces = [
  { id: 1, code: 'LA-SV' },
  { id: 2, code: 'LA-LP' },
]
const admin = { id: 1, roles: ['admin'] }
const provincial = { id: 2, roles: ['provincial-editor'], provinces: [{ id: 1 }] }

/** The ReachError `run` throws, as status and English message. */
function refusal(run: () => unknown) {
  try {
    run()
  } catch (err) {
    if (err instanceof ReachError) return { status: err.status, message: err.message }
    throw err
  }
  return null
}

describe('who may see reach figures', () => {
  it('refuses the anonymous with 401, and partners and reviewers with 403', () => {
    expect(refusal(() => assertMayReadReach(null))).toMatchObject({ status: 401 })
    for (const roles of [['partner'], ['reviewer']])
      expect(refusal(() => assertMayReadReach({ id: 3, roles }))).toEqual({
        status: 403,
        message: 'Reach figures are for editors and admins only.',
      })
    expect(refusal(() => assertMayReadReach(provincial))).toBeNull()
  })

  it('refuses a period that is not a half-year with 400, in Lao or English', () => {
    expect(askedPeriod(' 2020-H2 ').firstDay).toBe('2020-07-01')
    let thrown: unknown
    try {
      askedPeriod('2020-Q1')
    } catch (err) {
      thrown = err
    }
    expect(thrown).toBeInstanceOf(ReachError)
    const err = thrown as ReachError
    expect(err.status).toBe(400)
    expect(err.in(sayIn('en'))).toBe('"period" must be a half-year such as 2020-H1 or 2020-H2.')
    expect(err.in(sayIn('lo'))).toBe('"period" ຕ້ອງເປັນເຄິ່ງປີ ເຊັ່ນ 2020-H1 ຫຼື 2020-H2.')
  })
})

describe('which provinces the figures cover', () => {
  it('is every province for a national user who names none', () => {
    expect(provinceScope(admin, provinces, null)).toEqual({ provinces, code: null, national: true })
  })

  it('is the one asked for by its code, in any case', () => {
    expect(provinceScope(admin, provinces, ' la-lp ')).toEqual({
      provinces: [provinces[1]],
      code: 'LA-LP',
      national: false,
    })
  })

  it('is a provincial editor’s own, asked for or not, and 403 for another', () => {
    expect(provinceScope(provincial, provinces, undefined).provinces).toEqual([provinces[0]])
    expect(provinceScope(provincial, provinces, 'LA-SV').provinces).toEqual([provinces[0]])
    expect(refusal(() => provinceScope(provincial, provinces, 'LA-LP'))).toEqual({
      status: 403,
      message: 'You report for your own provinces only, not LA-LP.',
    })
  })

  it('refuses an unknown code with 400, naming it', () => {
    expect(refusal(() => provinceScope(admin, provinces, 'LA-ZZ'))).toEqual({
      status: 400,
      message: 'There is no province with the code "LA-ZZ" (LA-VT, …).',
    })
  })
})
