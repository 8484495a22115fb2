import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'
import { sayFor } from '../../i18n/admin'
import { slugs } from '../../lib/slugs'
import { sourceOf } from '../../reach/indicators/sources'
import { idOf } from '../../lib/populated'

/**
 * An actual is entered by hand only for an indicator entered by hand: on a computed one Siang
 * would ignore it, so one sent (or kept while the target moves to such an indicator) is refused
 * on the field, with why. An actual already held from before stays, ignored, and blocks nothing.
 */
export const refuseComputedActual: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const sent =
    data.actual !== undefined && data.actual !== null && data.actual !== originalDoc?.actual
  const moved =
    data.indicator !== undefined && idOf(data.indicator) !== idOf(originalDoc?.indicator)
  const actual = data.actual === undefined ? originalDoc?.actual : data.actual
  if (actual === null || actual === undefined || !(sent || moved)) return data
  const id = idOf(data.indicator ?? originalDoc?.indicator)
  if (id === null || id === undefined) return data
  const indicator = await req.payload.findByID({
    collection: slugs.indicators,
    id: id as number,
    depth: 0,
    req,
  })
  if (!sourceOf(String(indicator?.source ?? 'manual'))?.actual) return data
  throw new ValidationError(
    {
      collection: slugs.targets,
      errors: [{ path: 'actual', message: sayFor(req)('targetActualComputed') }],
    },
    req.t,
  )
}
