import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'
import { sayFor } from '../../../i18n/admin'
import { slugs } from '../../../lib/slugs'

/**
 * One report per province and period: a second one is refused on the period, with a message
 * (the unique index would refuse it too, but with none a person could act on).
 */
export const refuseSecondReport: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const province = data.province ?? originalDoc?.province
  const period = data.period ?? originalDoc?.period
  const provinceId = province && typeof province === 'object' ? province.id : province
  if (!provinceId || !period) return data
  const { docs } = await req.payload.find({
    collection: slugs.reachReports,
    where: {
      and: [
        { province: { equals: provinceId } },
        { period: { equals: period } },
        ...(operation === 'update' ? [{ id: { not_equals: originalDoc?.id } }] : []),
      ],
    },
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  if (docs.length) {
    throw new ValidationError(
      {
        collection: slugs.reachReports,
        errors: [
          { path: 'period', message: sayFor(req)('reportDuplicate', { period: String(period) }) },
        ],
      },
      req.t,
    )
  }
  return data
}
