import type { GroupField, NumberFieldSingleValidation } from 'payload'
import { sayFor } from '../../i18n/admin'
import { DEFAULT_THRESHOLDS } from '../../reach/indicators/status'

const percent: NumberFieldSingleValidation = (value, { req, siblingData }) => {
  if (value === null || value === undefined) return true
  const sibling = siblingData as { onTrack?: number | null; atRisk?: number | null }
  const onTrack = sibling.onTrack ?? DEFAULT_THRESHOLDS.onTrack
  const atRisk = sibling.atRisk ?? DEFAULT_THRESHOLDS.atRisk
  return value >= 0 && value <= 1000 && onTrack > atRisk ? true : sayFor(req)('indicatorThresholds')
}

/** When an indicator is on track, at risk or off track (src/reach/indicators/status.ts). */
export const indicatorFields: GroupField = {
  name: 'indicatorStatus',
  type: 'group',
  label: { en: 'Indicator status', lo: 'ສະຖານະຂອງຕົວຊີ້ວັດ' },
  admin: {
    description: {
      en: 'In per cent of what was due by now: a count is due in proportion to the days gone in the half-year, a rate whole from the start.',
      lo: 'ເປັນເປີເຊັນຂອງສິ່ງທີ່ຄາດໄວ້ຮອດມື້ນີ້: ຈຳນວນຄາດໄວ້ຕາມມື້ທີ່ຜ່ານໄປໃນເຄິ່ງປີ, ອັດຕາຄາດໄວ້ເຕັມແຕ່ເລີ່ມ.',
    },
  },
  fields: [
    {
      name: 'onTrack',
      type: 'number',
      defaultValue: DEFAULT_THRESHOLDS.onTrack,
      validate: percent,
      label: { en: 'On track from (%)', lo: 'ຕາມແຜນ ຕັ້ງແຕ່ (%)' },
    },
    {
      name: 'atRisk',
      type: 'number',
      defaultValue: DEFAULT_THRESHOLDS.atRisk,
      validate: percent,
      label: {
        en: 'At risk from (%); below, off track',
        lo: 'ມີຄວາມສ່ຽງ ຕັ້ງແຕ່ (%); ຕ່ຳກວ່ານັ້ນ, ບໍ່ຕາມແຜນ',
      },
    },
  ],
}
