/**
 * Demo reach data: stations in four provinces, and the provinces' half-year reports for 2020-H1
 * (the source article's period) and for the current half-year. The broadcast log and the play
 * counts are made from these by seed/reach.ts. All figures are fictional.
 */
import type { ProvinceCode } from './types'

export type DemoStation = {
  /** As the stations call themselves on air. */
  name: { lo: string; en: string }
  kind: 'radio' | 'tv'
  province: ProvinceCode
  frequency: string
  /** How many of the 13 airings of each half-year the station misses. */
  misses: number
}

export const stations: DemoStation[] = [
  {
    name: { lo: 'ວິທະຍຸແຫ່ງຊາດລາວ', en: 'Lao National Radio' },
    kind: 'radio',
    province: 'LA-VT',
    frequency: 'FM 103.7 MHz',
    misses: 1,
  },
  {
    name: { lo: 'ໂທລະທັດແຫ່ງຊາດລາວ', en: 'Lao National TV' },
    kind: 'tv',
    province: 'LA-VT',
    frequency: 'LNTV 1',
    misses: 2,
  },
  {
    name: { lo: 'ວິທະຍຸແຂວງສະຫວັນນະເຂດ', en: 'Savannakhet Radio' },
    kind: 'radio',
    province: 'LA-SV',
    frequency: 'FM 98.5 MHz',
    misses: 3,
  },
  {
    name: { lo: 'ວິທະຍຸແຂວງຫຼວງພະບາງ', en: 'Luang Prabang Radio' },
    kind: 'radio',
    province: 'LA-LP',
    frequency: 'FM 97.0 MHz',
    misses: 2,
  },
  {
    name: { lo: 'ວິທະຍຸແຂວງຈຳປາສັກ', en: 'Champasak Radio' },
    kind: 'radio',
    province: 'LA-CH',
    frequency: 'FM 95.5 MHz',
    misses: 5,
  },
]

/** What each kind of station airs, by collection and slug, in turn. */
export const schedule: Record<DemoStation['kind'], [string, string][]> = {
  radio: [
    ['radio-spots', 'before-you-go'],
    ['songs', 'safe-road-home'],
    ['radio-spots', 'check-the-agency'],
    ['songs', 'call-1300'],
  ],
  tv: [
    ['tv-spots', 'know-the-hotline'],
    ['episodes', 'the-job-offer-1'],
    ['tv-spots', 'ask-three-questions'],
  ],
}

/** `current` stands for the half-year the seed runs in. */
export type DemoReport = {
  period: '2020-H1' | 'current'
  province: ProvinceCode
  status: 'draft' | 'submitted' | 'accepted'
  /** Events held, then female, male, other; then under 15, 15 to 24, 25 and over. */
  figures: [number, number, number, number, number, number, number]
  /**
   * Reports made since the sex-by-age table: people by sex (rows) and age band (0–14, 15–19,
   * 20–24, 25–30, 31–34, 35+); they add up to `figures`. Those of 2020-H1 have none.
   */
  table?: Record<'female' | 'male' | 'other', [number, number, number, number, number, number]>
  materials: [string, number][]
  narrative: string
}

export const reports: DemoReport[] = [
  {
    period: '2020-H1',
    province: 'LA-VT',
    status: 'accepted',
    figures: [24, 1450, 1210, 12, 380, 1502, 790],
    materials: [
      ['songs', 12],
      ['radio-spots', 40],
      ['tv-spots', 20],
      ['print', 5000],
    ],
    narrative:
      'ຈັດກອງປະຊຸມເຜີຍແຜ່ ແລະ ກິດຈະກຳໃນໂຮງຮຽນມັດທະຍົມ 24 ຄັ້ງ. ສະປອດວິທະຍຸ ແລະ ໂທລະພາບອອກອາກາດເປັນປົກກະຕິ.',
  },
  {
    period: '2020-H1',
    province: 'LA-SV',
    status: 'accepted',
    figures: [18, 860, 742, 5, 240, 905, 462],
    materials: [
      ['radio-spots', 26],
      ['social-posts', 35],
      ['print', 2400],
    ],
    narrative: 'ລົງເຜີຍແຜ່ຢູ່ບັນດາເມືອງຊາຍແດນ ແລະ ບ້ານທີ່ມີແຮງງານໄປເຮັດວຽກຕ່າງປະເທດຫຼາຍ.',
  },
  {
    period: '2020-H1',
    province: 'LA-LP',
    status: 'submitted',
    figures: [11, 512, 430, 3, 150, 520, 275],
    materials: [
      ['dramas', 3],
      ['print', 1200],
    ],
    narrative: 'ສາຍລະຄອນໃຫ້ນັກຮຽນ ແລະ ຊາວໜຸ່ມໃນເມືອງ, ແຈກຢາຍໃບປິວ.',
  },
  {
    period: '2020-H1',
    province: 'LA-CH',
    status: 'draft',
    figures: [6, 210, 190, 0, 60, 230, 110],
    materials: [['print', 800]],
    narrative: 'ກຳລັງລວບລວມຕົວເລກຈາກບັນດາເມືອງ.',
  },
  {
    period: 'current',
    province: 'LA-SV',
    status: 'submitted',
    figures: [9, 420, 380, 2, 130, 450, 222],
    table: {
      female: [70, 140, 100, 55, 25, 30],
      male: [60, 120, 89, 50, 26, 35],
      other: [0, 1, 0, 1, 0, 0],
    },
    materials: [
      ['radio-spots', 13],
      ['print', 900],
    ],
    narrative: 'ເຜີຍແຜ່ຕາມງານບຸນ ແລະ ຕະຫຼາດນັດ.',
  },
  {
    period: 'current',
    province: 'LA-VT',
    status: 'draft',
    figures: [4, 150, 120, 0, 40, 160, 70],
    table: {
      female: [22, 50, 40, 18, 8, 12],
      male: [18, 40, 30, 14, 8, 10],
      other: [0, 0, 0, 0, 0, 0],
    },
    materials: [['social-posts', 10]],
    narrative: 'ກຳລັງກະກຽມບົດລາຍງານ.',
  },
]

/** Items whose plays and views the demo counts for 2020-H1, and the partner that embeds some. */
export const counted: [string, string][] = [
  ['songs', 'safe-road-home'],
  ['songs', 'too-good-to-be-true'],
  ['songs', 'call-1300'],
  ['tv-spots', 'know-the-hotline'],
  ['episodes', 'the-job-offer-1'],
  ['news', 'committee-first-half-2020-results'],
]
export const embeddingPartner = 'dao-nuea-youth-radio'
