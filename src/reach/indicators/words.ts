/**
 * The words of units, breakdowns and statuses, in English and Lao: the collection, the reach
 * page, the printable report and the workbook say them.
 */
import type { Bilingual } from '../../i18n/bilingual'
import type { Disaggregation, Unit } from './sources'
import type { IndicatorStatus } from './status'

export const statusWords: Record<IndicatorStatus, Bilingual> = {
  'on-track': { lo: 'ຕາມແຜນ', en: 'On track' },
  'at-risk': { lo: 'ມີຄວາມສ່ຽງ', en: 'At risk' },
  'off-track': { lo: 'ບໍ່ຕາມແຜນ', en: 'Off track' },
}

export const unitWords: Record<Unit, Bilingual> = {
  people: { en: 'People', lo: 'ຄົນ' },
  broadcasts: { en: 'Broadcasts', lo: 'ຄັ້ງອອກອາກາດ' },
  events: { en: 'Events', lo: 'ກິດຈະກຳ' },
  items: { en: 'Items', lo: 'ອັນ' },
  views: { en: 'Views or plays', lo: 'ຄັ້ງເບິ່ງ ຫຼື ຫຼິ້ນ' },
  percent: { en: 'Per cent', lo: 'ເປີເຊັນ' },
}

export const disaggregationWords: Record<Disaggregation, Bilingual> = {
  province: { en: 'Province', lo: 'ແຂວງ' },
  sex: { en: 'Sex', lo: 'ເພດ' },
  ageBand: { en: 'Age band', lo: 'ກຸ່ມອາຍຸ' },
  channel: { en: 'Channel', lo: 'ຊ່ອງທາງ' },
  campaign: { en: 'Campaign', lo: 'ແຄມເປນ' },
}
