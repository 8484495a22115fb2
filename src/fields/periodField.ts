import type { TextField, TextFieldSingleValidation } from 'payload'
import { sayFor } from '../i18n/admin'
import { PERIOD } from '../reach/periods'

const validPeriod: TextFieldSingleValidation = (value, { req }) =>
  typeof value === 'string' && PERIOD.test(value) ? true : sayFor(req)('reportPeriodFormat')

/** A reporting half-year, `2020-H1` or `2020-H2`: a report's, a target's. */
export const periodField: TextField = {
  name: 'period',
  type: 'text',
  required: true,
  index: true,
  validate: validPeriod,
  label: { en: 'Period', lo: 'ໄລຍະ' },
  admin: {
    description: { en: 'A half-year: 2020-H1 or 2020-H2.', lo: 'ເຄິ່ງປີ: 2020-H1 ຫຼື 2020-H2.' },
  },
}
