/**
 * The demo monitoring plan: eight indicators of the committee's awareness work, and their
 * targets for 2020-H1 and the current half-year, nationally and for every province. The targets
 * sit near the demo's own figures (seed/data/demo/reach.ts), so that some provinces are on
 * track, some at risk and some off track. All figures are fictional.
 */
import type { IndicatorSource, Unit } from '../../../src/reach/indicators/sources'
import type { ProvinceCode } from './types'

type L = { lo: string; en: string }

export type DemoIndicator = {
  slug: string
  name: L
  definition: L
  source: IndicatorSource
  unit?: Unit
  direction?: 'higher' | 'lower'
  disaggregations: ('province' | 'sex' | 'ageBand' | 'channel' | 'campaign')[]
  /** The national target per half-year; a province's is its share of it. */
  national: number
  baseline?: number
}

export const indicators: DemoIndicator[] = [
  {
    slug: 'people-reached',
    name: { lo: 'ຈຳນວນຄົນທີ່ເຂົ້າເຖິງ', en: 'People reached' },
    definition: {
      lo: 'ຄົນທີ່ເຂົ້າຮ່ວມກິດຈະກຳເຜີຍແຜ່, ຕາມບົດລາຍງານຂອງແຂວງທີ່ສົ່ງແລ້ວ.',
      en: 'People who took part in awareness activities, from the provinces’ submitted reports.',
    },
    source: 'people-reached',
    disaggregations: ['province', 'sex', 'ageBand'],
    national: 9000,
    baseline: 6500,
  },
  {
    slug: 'events-held',
    name: { lo: 'ກິດຈະກຳເຜີຍແຜ່ທີ່ຈັດ', en: 'Awareness events held' },
    definition: {
      lo: 'ກອງປະຊຸມ, ກິດຈະກຳໃນໂຮງຮຽນ ແລະ ຊຸມຊົນ.',
      en: 'Meetings, school and community activities.',
    },
    source: 'events-held',
    disaggregations: ['province'],
    national: 120,
    baseline: 80,
  },
  {
    slug: 'broadcasts-aired',
    name: { lo: 'ການອອກອາກາດທາງວິທະຍຸ ແລະ ໂທລະພາບ', en: 'Radio and TV broadcasts aired' },
    definition: {
      lo: 'ສະປອດ ແລະ ລະຄອນທີ່ອອກອາກາດຕາມແຜນ ຫຼື ເລື່ອນເວລາ.',
      en: 'Spots and dramas that went out as booked, or moved.',
    },
    source: 'broadcasts-aired',
    disaggregations: ['province', 'channel'],
    national: 75,
  },
  {
    slug: 'delivery-rate',
    name: { lo: 'ອັດຕາການອອກອາກາດຕາມແຜນ', en: 'Broadcast delivery rate' },
    definition: {
      lo: 'ສ່ວນຮ້ອຍຂອງການອອກອາກາດທີ່ອອກແທ້, ຈາກທີ່ຮູ້ຜົນແລ້ວ.',
      en: 'The share of broadcasts with a known outcome that went out.',
    },
    source: 'delivery-rate',
    disaggregations: ['province', 'channel'],
    national: 90,
  },
  {
    slug: 'materials-distributed',
    name: { lo: 'ເອກະສານ ແລະ ສື່ທີ່ແຈກຢາຍ', en: 'Materials distributed' },
    definition: {
      lo: 'ໂປສເຕີ, ໃບປິວ ແລະ ສື່ອື່ນໆ ທີ່ແຂວງແຈກຢາຍ.',
      en: 'Posters, leaflets and other material the provinces handed out.',
    },
    source: 'materials-distributed',
    disaggregations: ['province'],
    national: 12000,
  },
  {
    slug: 'quiz-knowledge',
    name: { lo: 'ຄວາມຮູ້: ຄະແນນແບບທົດສອບ', en: 'Knowledge: quiz score' },
    definition: {
      lo: 'ສ່ວນຮ້ອຍຂອງຄຳຕອບທີ່ຖືກ ໃນແບບທົດສອບຂອງ ສຽງ.',
      en: 'The share of right answers in Siang’s quizzes.',
    },
    source: 'quiz-score',
    disaggregations: ['province', 'sex', 'ageBand'],
    national: 75,
  },
  {
    slug: 'online-views',
    name: { lo: 'ການເບິ່ງທາງອອນລາຍ', en: 'Online views' },
    definition: {
      lo: 'ການເບິ່ງໜ້າເວັບ ແລະ ການຝັງຂອງຄູ່ຮ່ວມງານ (ທົ່ວປະເທດເທົ່ານັ້ນ).',
      en: 'Views of the site’s pages and partners’ embeds (national only).',
    },
    source: 'views',
    disaggregations: ['channel'],
    national: 5000,
  },
  {
    slug: 'volunteers-trained',
    name: { lo: 'ອາສາສະໝັກບ້ານທີ່ໄດ້ຮັບການຝຶກອົບຮົມ', en: 'Village volunteers trained' },
    definition: {
      lo: 'ອາສາສະໝັກທີ່ຜ່ານການຝຶກອົບຮົມກ່ຽວກັບການຄ້າມະນຸດ, ປ້ອນໂດຍແຂວງ.',
      en: 'Volunteers trained on trafficking, entered by the provinces.',
    },
    source: 'manual',
    unit: 'people',
    disaggregations: ['province', 'sex'],
    national: 540,
  },
]

/**
 * Each province's share of a national count target: the capital and the border provinces with
 * the most migration carry more. The shares add up to 1.
 */
export const provinceShares: [ProvinceCode, number][] = [
  ['LA-VT', 0.16],
  ['LA-SV', 0.12],
  ['LA-CH', 0.08],
  ['LA-LP', 0.07],
  ['LA-BK', 0.06],
  ['LA-VI', 0.06],
  ['LA-KH', 0.06],
  ['LA-OU', 0.05],
  ['LA-AT', 0.04],
  ['LA-SL', 0.04],
  ['LA-XA', 0.04],
  ['LA-XI', 0.04],
  ['LA-HO', 0.04],
  ['LA-LM', 0.03],
  ['LA-PH', 0.03],
  ['LA-BL', 0.03],
  ['LA-XS', 0.03],
  ['LA-XE', 0.02],
]

/** The hand-entered actual of the volunteers trained, as a share of each target. */
export const volunteersDone = { '2020-H1': 0.92, current: 0.4 } as const
