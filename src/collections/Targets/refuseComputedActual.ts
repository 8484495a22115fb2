import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'
import { sayFor } from '../../i18n/admin'
import { slugs } from '../../lib/slugs'
import { sourceOf } from '../../reach/indicators/sources'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: unknown }).id : value

/**
 * An actual is entered by hand only for an indicator entered by hand: on a computed one Siang
 * would ignore it, so it is refused on the field, with why.
 */
export const refuseComputedActual: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const actual = data.actual === undefined ? originalDoc?.actual : data.actual
  if (actual === null || actual === undefined) return data
  const id = idOf(data.indicator ?? originalDoc?.indicator)
  if (id === null || id === undefined) return data
  const indicator = await req.payload
    .findByID({ collection: slugs.indicators, id: id as number, depth: 0, req })
    .catch(() => null)
  if (!sourceOf(String(indicator?.source ?? 'manual'))?.actual) return data
  throw new ValidationError(
    {
      collection: slugs.targets,
      errors: [{ path: 'actual', message: sayFor(req)('targetActualComputed') }],
    },
    req.t,
  )
}
