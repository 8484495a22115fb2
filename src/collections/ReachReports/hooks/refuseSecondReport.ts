import { sayFor } from '../../../i18n/admin'
import { slugs } from '../../../lib/slugs'
import { refuseDuplicate } from '../../../hooks/refuseDuplicate'

/** One report per province and period: a second one is refused on the period. */
export const refuseSecondReport = refuseDuplicate({
  collection: slugs.reachReports,
  keys: ['province', 'period'],
  path: 'period',
  message: (req, data) => sayFor(req)('reportDuplicate', { period: String(data.period ?? '') }),
})
