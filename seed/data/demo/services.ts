/**
 * The help directory's demo entries: in every province the police's anti-trafficking unit and the
 * Lao Women's Union office, a few national services, and two embassies. Every name says it is
 * demo data, and every number is on a 000 exchange: replace them with the committee's list.
 */
import type { ServiceKind } from '../../../src/lib/help'
import { provinces } from '../provinces'

export const DEMO_MARK = { lo: '(ຂໍ້ມູນຕົວຢ່າງ)', en: '(demo data)' }

type L = { lo: string; en: string }

export type DemoService = {
  name: L
  kind: ServiceKind
  /** A province's ISO code, or none for an embassy. */
  province?: string
  country?: L
  address?: L
  phone: string
  hours: L
  languages: L
  offers: L
}

const lao: L = { lo: 'ລາວ', en: 'Lao' }
const officeHours: L = { lo: 'ຈັນ–ສຸກ 8:00–16:00', en: 'Mon–Fri 8:00–16:00' }
const allDay: L = { lo: '24 ຊົ່ວໂມງ, ທຸກມື້', en: '24 hours, every day' }

/** "ແຂວງຫຼວງພະບາງ" and "Luang Prabang Province"; the capital and Vientiane Province as named. */
const placeOf = (p: (typeof provinces)[number]): L => ({
  lo: /^(ນະຄອນຫຼວງ|ແຂວງ)/.test(p.lo) ? p.lo : `ແຂວງ${p.lo}`,
  en: / (Capital|Province)$/.test(p.en) ? p.en : `${p.en} Province`,
})

const named = (lo: string, en: string): L => ({
  lo: `${lo} ${DEMO_MARK.lo}`,
  en: `${en} ${DEMO_MARK.en}`,
})

const provincial: DemoService[] = provinces.flatMap((p, i) => {
  const place = placeOf(p)
  const n = String(i + 1).padStart(2, '0')
  return [
    {
      name: named(`ໜ່ວຍຕຳຫຼວດຕ້ານການຄ້າມະນຸດ ${place.lo}`, `Police anti-trafficking unit, ${place.en}`),
      kind: 'police' as const,
      province: p.code,
      address: {
        lo: `ກອງບັນຊາການປ້ອງກັນຄວາມສະຫງົບ ${place.lo}, ໃນຕົວເມືອງ`,
        en: `Provincial police headquarters, ${place.en}, town centre`,
      },
      phone: `+856 21 000 1${n}`,
      hours: allDay,
      languages: lao,
      offers: {
        lo: 'ຮັບແຈ້ງຄວາມກ່ຽວກັບການຄ້າມະນຸດ ແລະ ຄົນຫາຍ, ຊ່ວຍເຫຼືອຜູ້ເຄາະຮ້າຍ ແລະ ສົ່ງຕໍ່ໄປບ່ອນພັກພິງ.',
        en: 'Takes reports of trafficking and of missing people, rescues victims and refers them to a shelter.',
      },
    },
    {
      name: named(`ສະຫະພັນແມ່ຍິງ ${place.lo}`, `Lao Women’s Union, ${place.en}`),
      kind: 'womens-union' as const,
      province: p.code,
      address: {
        lo: `ສຳນັກງານສະຫະພັນແມ່ຍິງ ${place.lo}, ໃນຕົວເມືອງ`,
        en: `Women’s Union office, ${place.en}, town centre`,
      },
      phone: `+856 21 000 2${n}`,
      hours: officeHours,
      languages: lao,
      offers: {
        lo: 'ໃຫ້ຄຳປຶກສາ, ຊ່ວຍຕິດຕໍ່ຄອບຄົວ, ສົ່ງຕໍ່ໄປບ່ອນພັກພິງ ແລະ ການຊ່ວຍເຫຼືອທາງກົດໝາຍ.',
        en: 'Counselling, help reaching family, and referral to a shelter and to legal aid.',
      },
    },
  ]
})

const national: DemoService[] = [
  {
    name: named('ສູນພັກພິງ ແລະ ຟື້ນຟູຜູ້ເຄາະຮ້າຍ', 'Shelter and recovery centre'),
    kind: 'shelter',
    province: 'LA-VT',
    phone: '+856 21 000 301',
    hours: allDay,
    languages: { lo: 'ລາວ, ອັງກິດ', en: 'Lao, English' },
    offers: {
      lo: 'ບ່ອນພັກເຊົາທີ່ປອດໄພ, ອາຫານ, ການປິ່ນປົວ, ໃຫ້ຄຳປຶກສາ ແລະ ຝຶກອາຊີບ. ທີ່ຢູ່ບໍ່ເປີດເຜີຍ ເພື່ອຄວາມປອດໄພ: ໂທກ່ອນ.',
      en: 'A safe place to stay, food, medical care, counselling and vocational training. The address is kept private for safety: call first.',
    },
  },
  {
    name: named('ສູນໃຫ້ຄວາມຊ່ວຍເຫຼືອທາງກົດໝາຍ', 'Legal aid centre'),
    kind: 'legal-aid',
    province: 'LA-VT',
    address: { lo: 'ເມືອງຈັນທະບູລີ, ນະຄອນຫຼວງວຽງຈັນ', en: 'Chanthabouly district, Vientiane Capital' },
    phone: '+856 21 000 302',
    hours: officeHours,
    languages: { lo: 'ລາວ, ອັງກິດ', en: 'Lao, English' },
    offers: {
      lo: 'ຄຳແນະນຳທາງກົດໝາຍບໍ່ເສຍຄ່າ, ແລະ ທະນາຍຄວາມໃຫ້ຜູ້ເຄາະຮ້າຍໃນສານ.',
      en: 'Free legal advice, and a lawyer for victims in court.',
    },
  },
  {
    name: named(
      'ໂຮງໝໍແຂວງສະຫວັນນະເຂດ, ຫ້ອງໃຫ້ຄຳປຶກສາ',
      'Savannakhet Provincial Hospital, counselling room',
    ),
    kind: 'health',
    province: 'LA-SV',
    address: {
      lo: 'ເມືອງໄກສອນ ພົມວິຫານ, ແຂວງສະຫວັນນະເຂດ',
      en: 'Kaysone Phomvihane, Savannakhet Province',
    },
    phone: '+856 41 000 303',
    hours: allDay,
    languages: { lo: 'ລາວ, ໄທ', en: 'Lao, Thai' },
    offers: {
      lo: 'ກວດ ແລະ ປິ່ນປົວ, ໃຫ້ຄຳປຶກສາທາງດ້ານຈິດໃຈ. ທຸກຢ່າງເປັນຄວາມລັບ.',
      en: 'Medical checks and care, and counselling. Everything is kept confidential.',
    },
  },
  {
    name: named('ສະຖານທູດລາວ ປະຈຳບາງກອກ', 'Lao Embassy in Bangkok'),
    kind: 'embassy',
    country: { lo: 'ໄທ', en: 'Thailand' },
    address: { lo: 'ຖະໜົນປະຊາອຸທິດ, ບາງກອກ', en: 'Pracha Uthit Road, Bangkok' },
    phone: '+66 2 000 0304',
    hours: officeHours,
    languages: { lo: 'ລາວ, ໄທ', en: 'Lao, Thai' },
    offers: {
      lo: 'ຊ່ວຍແຮງງານລາວທີ່ມີບັນຫາ: ເອກະສານເດີນທາງ, ການສົ່ງກັບບ້ານ ແລະ ການຕິດຕໍ່ເຈົ້າໜ້າທີ່ໄທ.',
      en: 'Helps Lao workers in trouble: travel documents, the way home, and contact with the Thai authorities.',
    },
  },
  {
    name: named('ສະຖານທູດລາວ ປະຈຳປັກກິ່ງ', 'Lao Embassy in Beijing'),
    kind: 'embassy',
    country: { lo: 'ຈີນ', en: 'China' },
    address: { lo: 'ເຂດເຊົາຢາງ, ປັກກິ່ງ', en: 'Chaoyang district, Beijing' },
    phone: '+86 10 0000 0305',
    hours: officeHours,
    languages: { lo: 'ລາວ, ຈີນ', en: 'Lao, Chinese' },
    offers: {
      lo: 'ຊ່ວຍຄົນລາວທີ່ຖືກຫຼອກລວງໄປແຕ່ງງານ ຫຼື ເຮັດວຽກ: ເອກະສານເດີນທາງ ແລະ ການສົ່ງກັບບ້ານ.',
      en: 'Helps Lao people deceived into marriage or work: travel documents and the way home.',
    },
  },
]

export const services: DemoService[] = [...provincial, ...national]
