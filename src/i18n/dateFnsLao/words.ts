/** Lao names of months, days and day periods, as CLDR (and Node's ICU) write them. */

export const months = {
  wide: [
    'ມັງກອນ',
    'ກຸມພາ',
    'ມີນາ',
    'ເມສາ',
    'ພຶດສະພາ',
    'ມິຖຸນາ',
    'ກໍລະກົດ',
    'ສິງຫາ',
    'ກັນຍາ',
    'ຕຸລາ',
    'ພະຈິກ',
    'ທັນວາ',
  ],
  abbreviated: [
    'ມ.ກ.',
    'ກ.ພ.',
    'ມ.ນ.',
    'ມ.ສ.',
    'ພ.ພ.',
    'ມິ.ຖ.',
    'ກ.ລ.',
    'ສ.ຫ.',
    'ກ.ຍ.',
    'ຕ.ລ.',
    'ພ.ຈ.',
    'ທ.ວ.',
  ],
  narrow: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
} as const

export const days = {
  wide: ['ວັນອາທິດ', 'ວັນຈັນ', 'ວັນອັງຄານ', 'ວັນພຸດ', 'ວັນພະຫັດ', 'ວັນສຸກ', 'ວັນເສົາ'],
  abbreviated: ['ອາທິດ', 'ຈັນ', 'ອັງຄານ', 'ພຸດ', 'ພະຫັດ', 'ສຸກ', 'ເສົາ'],
  short: ['ອາ', 'ຈ', 'ອ', 'ພ', 'ພຫ', 'ສຸ', 'ສ'],
  narrow: ['ອາ', 'ຈ', 'ອ', 'ພ', 'ພຫ', 'ສຸ', 'ສ'],
} as const

export const eras = {
  wide: ['ກ່ອນຄຣິດສັກກະລາດ', 'ຄຣິດສັກກະລາດ'],
  abbreviated: ['ກ່ອນ ຄ.ສ.', 'ຄ.ສ.'],
  narrow: ['ກ່ອນ ຄ.ສ.', 'ຄ.ສ.'],
} as const

export const quarters = {
  wide: ['ໄຕຣມາດ 1', 'ໄຕຣມາດ 2', 'ໄຕຣມາດ 3', 'ໄຕຣມາດ 4'],
  abbreviated: ['ຕມ1', 'ຕມ2', 'ຕມ3', 'ຕມ4'],
  narrow: ['1', '2', '3', '4'],
} as const

/** `a` gives AM/PM; `b` and `B` also name midnight, noon and the parts of the day. */
export const dayPeriods = {
  wide: {
    am: 'ກ່ອນທ່ຽງ',
    pm: 'ຫຼັງທ່ຽງ',
    midnight: 'ທ່ຽງຄືນ',
    noon: 'ທ່ຽງ',
    morning: 'ຕອນເຊົ້າ',
    afternoon: 'ຕອນບ່າຍ',
    evening: 'ຕອນແລງ',
    night: 'ກາງຄືນ',
  },
  abbreviated: {
    am: 'ກ່ອນທ່ຽງ',
    pm: 'ຫຼັງທ່ຽງ',
    midnight: 'ທ່ຽງຄືນ',
    noon: 'ທ່ຽງ',
    morning: 'ເຊົ້າ',
    afternoon: 'ບ່າຍ',
    evening: 'ແລງ',
    night: 'ກາງຄືນ',
  },
  narrow: {
    am: 'ກທ',
    pm: 'ຫຼທ',
    midnight: 'ທ່ຽງຄືນ',
    noon: 'ທ່ຽງ',
    morning: 'ເຊົ້າ',
    afternoon: 'ບ່າຍ',
    evening: 'ແລງ',
    night: 'ກາງຄືນ',
  },
} as const

export type Width = 'narrow' | 'short' | 'abbreviated' | 'wide'
