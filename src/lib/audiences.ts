/** Target audiences, as named in the campaign brief. Values are stable; labels are for people. */
export const audiences = [
  { value: 'youth', label: { en: 'Youth 15–24', lo: 'ໄວໜຸ່ມ 15–24 ປີ' } },
  { value: 'parents', label: { en: 'Parents', lo: 'ພໍ່ແມ່ຜູ້ປົກຄອງ' } },
  { value: 'migrant-workers', label: { en: 'Migrant workers', lo: 'ແຮງງານເຄື່ອນຍ້າຍ' } },
  { value: 'teachers', label: { en: 'Teachers', lo: 'ຄູອາຈານ' } },
  { value: 'community-leaders', label: { en: 'Community leaders', lo: 'ຜູ້ນຳຊຸມຊົນ' } },
  { value: 'employers', label: { en: 'Employers', lo: 'ນາຍຈ້າງ' } },
] as const

export type Audience = (typeof audiences)[number]['value']

/** Languages a song or spot is performed in. */
export const performanceLanguages = [
  { value: 'lo', label: { en: 'Lao', lo: 'ລາວ' } },
  { value: 'hmn', label: { en: 'Hmong', lo: 'ມົ້ງ' } },
  { value: 'kjg', label: { en: 'Khmu', lo: 'ຂະມຸ' } },
  { value: 'en', label: { en: 'English', lo: 'ອັງກິດ' } },
  { value: 'th', label: { en: 'Thai', lo: 'ໄທ' } },
] as const
