/**
 * Who may see which figures: staff only, and a provincial editor only its own provinces (the
 * rule of src/access/provinces). Each check throws the ReachError the asker should see.
 */
import { checkRole } from '../../access/checkRole'
import { isProvincialOnly, ownProvinceIds } from '../../access/provinces'
import { roleGroups } from '../../lib/roles'
import { ReachError } from '../errors'
import { periodOf, periodRange, type PeriodRange } from '../periods'
import type { Doc, SummaryUser } from './types'

/** 401 without a user, 403 for a role that does not author (partners, reviewers). */
export function assertMayReadReach(
  user: SummaryUser | null | undefined,
): asserts user is SummaryUser {
  if (!user) throw new ReachError(401, 'reachSignIn')
  if (!checkRole(roleGroups.authors, user)) throw new ReachError(403, 'reachStaffOnly')
}

/** The period asked for (default: the current half-year) and its days; 400 when malformed. */
export function askedPeriod(asked: string | null | undefined): PeriodRange {
  const period = asked?.trim() || periodOf()
  const range = periodRange(period)
  if (!range) throw new ReachError(400, 'reachBadPeriod')
  return range
}

export type ProvinceScope = {
  /** The provinces the figures cover. */
  provinces: Doc[]
  /** The code asked for, upper-cased; null when none was. */
  code: string | null
  /** Every province, unfiltered: a national user who named none. */
  national: boolean
}

/**
 * The provinces the figures cover, of all of them (`provinceDocs`): the one whose code was asked
 * for (400 if there is none, 403 if it is not a provincial editor's own), else a provincial
 * editor's own, else all.
 */
export function provinceScope(
  user: SummaryUser,
  provinceDocs: Doc[],
  asked: string | null | undefined,
): ProvinceScope {
  const code = asked?.trim().toUpperCase() || null
  const provincial = isProvincialOnly(user)
  if (code) {
    const one = provinceDocs.find((p) => p.code === code)
    if (!one) throw new ReachError(400, 'reachNoProvince', { code })
    if (provincial && !ownProvinceIds(user).includes(String(one.id)))
      throw new ReachError(403, 'reachOtherProvince', { code })
    return { provinces: [one], code, national: false }
  }
  if (provincial) {
    const mine = new Set(ownProvinceIds(user))
    return { provinces: provinceDocs.filter((p) => mine.has(String(p.id))), code, national: false }
  }
  return { provinces: provinceDocs, code, national: true }
}
