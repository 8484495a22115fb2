export const topics = [
  { slug: 'safe-migration', en: 'Safe migration', lo: 'ການເຄື່ອນຍ້າຍແຮງງານທີ່ປອດໄພ' },
  {
    slug: 'online-recruitment-scams',
    en: 'Online recruitment scams',
    lo: 'ການຫຼອກລວງຈັດຫາງານທາງອອນລາຍ',
  },
  {
    slug: 'forced-and-brokered-marriage',
    en: 'Forced and brokered marriage',
    lo: 'ການບັງຄັບແຕ່ງງານ ແລະ ການແຕ່ງງານຜ່ານນາຍໜ້າ',
  },
  { slug: 'commercial-surrogacy', en: 'Commercial surrogacy', lo: 'ການຈ້າງຖືພາແທນ' },
  { slug: 'labour-exploitation', en: 'Labour exploitation', lo: 'ການຂູດຮີດແຮງງານ' },
  { slug: 'sexual-exploitation', en: 'Sexual exploitation', lo: 'ການຂູດຮີດທາງເພດ' },
  { slug: 'victim-support', en: 'Victim support', lo: 'ການຊ່ວຍເຫຼືອຜູ້ຖືກເຄາະຮ້າຍ' },
  { slug: 'how-to-report', en: 'How to report', lo: 'ວິທີແຈ້ງເຫດ' },
] as const
