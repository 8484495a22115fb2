/** Messages and checks for the provincial-editor rules; shared by the hooks and error mapping. */
import { forbid } from '../access/forbid'
import { provincesOutside, refIds } from './provinceScope'

export const refusals = {
  publish:
    'Provincial editors cannot publish. Save this as a draft and ask a reviewer or editor to publish it.',
  unpublish: 'Provincial editors cannot unpublish. Ask a reviewer or editor.',
  live: 'Provincial editors cannot change published work directly. Save your changes as a draft for a reviewer.',
  national: 'This document has no province: it is national, so only national editors can edit it.',
  outside: 'This document belongs to a province outside yours, so you cannot edit it.',
  choose: 'Choose at least one of your provinces for this document.',
  assign: 'You can only assign your own provinces to a document.',
}

/** The document as it stands (live or newest draft) must lie wholly within the editor's provinces. */
export function assertEditable(
  doc: { provinces?: unknown } | null | undefined,
  mine: unknown,
): void {
  if (!doc) return
  if (refIds(doc.provinces).length === 0) forbid(refusals.national)
  if (provincesOutside(doc.provinces, mine).length > 0) forbid(refusals.outside)
}

/** The provinces a write leaves on the document must be the editor's own, and at least one. */
export function assertAssignable(provinces: unknown, mine: unknown): void {
  if (refIds(provinces).length === 0) forbid(refusals.choose)
  if (provincesOutside(provinces, mine).length > 0) forbid(refusals.assign)
}
