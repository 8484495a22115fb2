/** Messages and checks for the provincial-editor rules; shared by the hooks and error mapping. */
import { forbid } from '../forbid'
import { english, type Say, type SiangKey } from '../../i18n/siang'
import { provincesOutside, refIds } from './ids'

/** The refusals' strings (src/i18n/siang.ts), said in the request's language. */
export const refusals = {
  publish: 'refusePublish',
  unpublish: 'refuseUnpublish',
  live: 'refuseLive',
  national: 'refuseNational',
  outside: 'refuseOutside',
  choose: 'refuseChoose',
  assign: 'refuseAssign',
} as const satisfies Record<string, SiangKey>

/** The document as it stands (live or newest draft) must lie wholly within the editor's provinces. */
export function assertEditable(
  doc: { provinces?: unknown } | null | undefined,
  mine: unknown,
  say: Say = english,
): void {
  if (!doc) return
  if (refIds(doc.provinces).length === 0) forbid(say(refusals.national))
  if (provincesOutside(doc.provinces, mine).length > 0) forbid(say(refusals.outside))
}

/** The provinces a write leaves on the document must be the editor's own, and at least one. */
export function assertAssignable(provinces: unknown, mine: unknown, say: Say = english): void {
  if (refIds(provinces).length === 0) forbid(say(refusals.choose))
  if (provincesOutside(provinces, mine).length > 0) forbid(say(refusals.assign))
}
