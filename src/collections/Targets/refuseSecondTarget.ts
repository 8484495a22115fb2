import { sayFor } from '../../i18n/admin'
import { slugs } from '../../lib/slugs'
import { refuseDuplicate } from '../../hooks/refuseDuplicate'

/** One target per indicator, province (or the whole country) and period. */
export const refuseSecondTarget = refuseDuplicate({
  collection: slugs.targets,
  keys: ['indicator', 'province', 'period'],
  path: 'period',
  message: (req, data) => sayFor(req)('targetDuplicate', { period: String(data.period ?? '') }),
})
