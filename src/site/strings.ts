import { intlLocale, LAO_TIME_ZONE } from '@/lib/laoTime'
import type { Locale } from '@/lib/locales'
import { inLanguage, type Bilingual, type InLanguage } from '@/i18n/bilingual'
import { glossary } from '@/i18n/glossary'

/** The site's own words, each in English and Lao. */
const strings = {
  siteName: { en: 'Siang', lo: 'ສຽງ' },
  tagline: { en: 'Together against human trafficking', lo: 'ຮ່ວມກັນຕ້ານການຄ້າມະນຸດ' },
  home: { en: 'Home', lo: 'ໜ້າຫຼັກ' },
  menu: { en: 'Menu', lo: 'ເມນູ' },
  language: { en: 'Language', lo: 'ພາສາ' },
  otherLanguage: { en: 'ພາສາລາວ', lo: 'English' },
  call: { en: 'Call', lo: 'ໂທ' },
  needHelp: { en: 'Need help?', lo: 'ຕ້ອງການຄວາມຊ່ວຍເຫຼືອ?' },
  allHotlines: { en: 'All hotlines', lo: 'ສາຍດ່ວນທັງໝົດ' },
  latest: { en: 'Latest', lo: 'ຫຼ້າສຸດ' },
  currentCampaign: { en: 'Current campaign', lo: `${glossary.campaign.lo}ປັດຈຸບັນ` },
  seeAll: { en: 'See all', lo: 'ເບິ່ງທັງໝົດ' },
  keyMessages: { en: 'Key messages', lo: 'ຂໍ້ຄວາມຫຼັກ' },
  lyrics: { en: 'Lyrics', lo: 'ເນື້ອເພງ' },
  credits: { en: 'Credits', lo: 'ຜູ້ຮ່ວມສ້າງ' },
  script: { en: 'Script', lo: 'ບົດ' },
  transcript: { en: 'Transcript', lo: 'ບົດເວົ້າ' },
  synopsis: { en: 'Synopsis', lo: 'ເລື່ອງຫຍໍ້' },
  episodes: { en: 'Episodes', lo: 'ຕອນ' },
  episode: { en: 'Episode', lo: 'ຕອນທີ' },
  cast: { en: 'Cast and crew', lo: 'ນັກສະແດງ ແລະ ທີມງານ' },
  seconds: { en: 'seconds', lo: 'ວິນາທີ' },
  material: { en: 'In this campaign', lo: `ເນື້ອຫາໃນ${glossary.campaign.lo}` },
  filters: { en: 'Filter', lo: 'ກັ່ນຕອງ' },
  topic: { en: glossary.topic.en, lo: glossary.topic.lo },
  audience: { en: 'Audience', lo: 'ກຸ່ມເປົ້າໝາຍ' },
  province: { en: glossary.province.en, lo: glossary.province.lo },
  all: { en: 'All', lo: 'ທັງໝົດ' },
  apply: { en: 'Show', lo: 'ສະແດງ' },
  noResults: { en: 'Nothing here yet.', lo: 'ຍັງບໍ່ມີເນື້ອຫາຢູ່ນີ້.' },
  previous: { en: 'Previous', lo: 'ກ່ອນໜ້າ' },
  next: { en: 'Next', lo: 'ຕໍ່ໄປ' },
  page: {
    en: (n: number, of: number) => `Page ${n} of ${of}`,
    lo: (n: number, of: number) => `ໜ້າ ${n} ຈາກ ${of}`,
  },
  keep: { en: 'Keep on this phone', lo: 'ເກັບໄວ້ໃນໂທລະສັບນີ້' },
  keptRemove: { en: 'Kept on this phone: remove', lo: 'ເກັບໄວ້ແລ້ວ: ລຶບອອກ' },
  keepFailed: {
    en: 'It could not be kept: check the connection and try again.',
    lo: 'ເກັບໄວ້ບໍ່ໄດ້: ກວດເບິ່ງສັນຍານ ແລ້ວລອງໃໝ່.',
  },
  keepWarn: {
    en: 'This phone is running out of the space set aside for kept items. Keep it anyway?',
    lo: 'ບ່ອນເກັບຂໍ້ມູນທີ່ກຳນົດໄວ້ໃນໂທລະສັບນີ້ໃກ້ເຕັມແລ້ວ. ຍັງຕ້ອງການເກັບໄວ້ບໍ?',
  },
  keptTitle: { en: 'Kept on this phone', lo: 'ເກັບໄວ້ໃນໂທລະສັບນີ້' },
  keptIntro: {
    en: 'Songs, radio spots, TV spots and episodes you kept play here with no connection.',
    lo: `${glossary.song.lo}, ${glossary.radioSpot.lo}, ${glossary.tvSpot.lo} ແລະ ${glossary.episode.lo}ຕ່າງໆ ທີ່ທ່ານເກັບໄວ້ ຫຼິ້ນໄດ້ໂດຍບໍ່ມີສັນຍານ.`,
  },
  keptNone: {
    en: 'Nothing is kept yet. On a song, radio spot, TV spot or episode, tap “Keep on this phone”.',
    lo: `ຍັງບໍ່ມີຫຍັງເກັບໄວ້. ຢູ່ໜ້າ${glossary.song.lo}, ${glossary.radioSpot.lo}, ${glossary.tvSpot.lo} ຫຼື ${glossary.episode.lo}, ກົດ “ເກັບໄວ້ໃນໂທລະສັບນີ້”.`,
  },
  keptNeedsScript: {
    en: 'Keeping needs JavaScript, which is off in this browser.',
    lo: 'ການເກັບໄວ້ຕ້ອງໃຊ້ JavaScript, ເຊິ່ງປິດຢູ່ໃນບຣາວເຊີນີ້.',
  },
  keptTotal: { en: 'In all', lo: 'ລວມທັງໝົດ' },
  keptRemoveOne: { en: 'Remove', lo: 'ລຶບອອກ' },
  offlineTitle: { en: 'No connection', lo: 'ບໍ່ມີສັນຍານອິນເຕີເນັດ' },
  offlineText: {
    en: 'This page is not kept on this phone. Pages you have opened before, and what you have played, still work without a connection.',
    lo: 'ໜ້ານີ້ບໍ່ໄດ້ເກັບໄວ້ໃນໂທລະສັບນີ້. ໜ້າທີ່ທ່ານເຄີຍເປີດ ແລະ ສິ່ງທີ່ທ່ານເຄີຍຫຼິ້ນ ຍັງໃຊ້ໄດ້ໂດຍບໍ່ມີສັນຍານ.',
  },
  offlineCall: {
    en: 'A phone call needs no internet: the hotline is free.',
    lo: 'ການໂທບໍ່ຕ້ອງໃຊ້ອິນເຕີເນັດ: ໂທຫາສາຍດ່ວນຟຣີ.',
  },
  offlineRetry: { en: 'Try again', lo: 'ລອງໃໝ່' },
  offlineKept: { en: 'On this phone', lo: 'ມີຢູ່ໃນໂທລະສັບນີ້' },
  notFoundTitle: { en: 'Page not found', lo: 'ບໍ່ພົບໜ້ານີ້' },
  notFoundText: {
    en: 'The page you are looking for does not exist or has moved.',
    lo: 'ໜ້າທີ່ທ່ານຊອກຫາບໍ່ມີ ຫຼື ຖືກຍ້າຍໄປແລ້ວ.',
  },
  backHome: { en: 'Back to the home page', lo: 'ກັບໄປໜ້າຫຼັກ' },
  postedOn: { en: 'Posted on', lo: 'ເຜີຍແຜ່ທາງ' },
  download: { en: 'Download', lo: 'ດາວໂຫຼດ' },
  dataSaver: { en: 'Data saver', lo: 'ປະຢັດຂໍ້ມູນ' },
  original: { en: 'original', lo: 'ຕົ້ນສະບັບ' },
  captionsUnavailable: { en: 'No captions', lo: 'ບໍ່ມີຄຳບັນຍາຍ' },
  podcastFeed: { en: 'Subscribe as a podcast (RSS)', lo: 'ຕິດຕາມເປັນພອດແຄສ (RSS)' },
  share: { en: 'Share', lo: 'ແບ່ງປັນ' },
  shareOrCopy: { en: 'Share / copy link', lo: 'ແບ່ງປັນ / ສຳເນົາລິ້ງ' },
  linkCopied: { en: 'Link copied', lo: 'ສຳເນົາລິ້ງແລ້ວ' },
  embedCode: { en: 'Embed on your site', lo: 'ໂຄດສຳລັບຝັງໃສ່ເວັບໄຊ' },
  search: { en: 'Search', lo: 'ຊອກຫາ' },
  searchPlaceholder: { en: 'Search songs, dramas, news…', lo: 'ຊອກຫາເພງ, ລະຄອນ, ຂ່າວ…' },
  searchResults: {
    en: (n: number, q: string) => `${n} found for “${q}”`,
    lo: (n: number, q: string) => `ພົບ ${n} ລາຍການສຳລັບ “${q}”`,
  },
  searchNothing: {
    en: (q: string) => `Nothing found for “${q}”. Try another or a shorter word.`,
    lo: (q: string) => `ບໍ່ພົບຫຍັງສຳລັບ “${q}”. ລອງຄຳອື່ນ ຫຼື ສະກົດໃຫ້ສັ້ນລົງ.`,
  },
  allTypes: { en: 'All types', lo: 'ທຸກປະເພດ' },
  embedHelp: {
    en: 'Paste this code into your web page to show it there.',
    lo: 'ວາງໂຄດນີ້ໃສ່ໜ້າເວັບຂອງທ່ານ ເພື່ອສະແດງມັນຢູ່ນັ້ນ.',
  },
  embedAnywhere: { en: 'Any website may embed this.', lo: 'ທຸກເວັບໄຊສາມາດຝັງອັນນີ້ໄດ້.' },
  embedAskCounts: {
    en: "To register as a partner and see your site's own counts, write to",
    lo: 'ເພື່ອລົງທະບຽນເປັນຄູ່ຮ່ວມງານ ແລະ ເບິ່ງສະຖິຕິຂອງເວັບໄຊທ່ານ, ຂຽນຫາ',
  },
  embedPartnersOnly: {
    en: "This shows only on this site and on partners' sites the committee has registered; elsewhere the browser shows an empty box.",
    lo: 'ອັນນີ້ສະແດງໄດ້ສະເພາະຢູ່ເວັບໄຊນີ້ ແລະ ເວັບໄຊຂອງຄູ່ຮ່ວມງານທີ່ຄະນະກຳມະການລົງທະບຽນໄວ້; ຢູ່ເວັບໄຊອື່ນ ຈະເຫັນພຽງກ່ອງເປົ່າ.',
  },
  embedAsk: { en: 'To add your site, write to', lo: 'ເພື່ອເພີ່ມເວັບໄຊຂອງທ່ານ, ຂຽນຫາ' },
  copyCode: { en: 'Copy code', lo: 'ສຳເນົາໂຄດ' },
  nextEpisode: { en: 'Next episode', lo: 'ຕອນຕໍ່ໄປ' },
  codeCopied: { en: 'Code copied', lo: 'ສຳເນົາໂຄດແລ້ວ' },
  // Help and safety (src/site/pages/help.tsx, services.tsx).
  quickExit: { en: 'Leave this site', lo: 'ອອກຈາກເວັບໄຊນີ້' },
  quickExitHint: {
    en: 'Opens an ordinary site in place of this one. Or press Esc twice.',
    lo: 'ເປີດເວັບໄຊທົ່ວໄປແທນໜ້ານີ້. ຫຼື ກົດປຸ່ມ Esc ສອງເທື່ອ.',
  },
  help: { en: 'Get help', lo: 'ຂໍຄວາມຊ່ວຍເຫຼືອ' },
  helpTitle: { en: 'Help and safety', lo: 'ຄວາມຊ່ວຍເຫຼືອ ແລະ ຄວາມປອດໄພ' },
  helpIntro: {
    en: 'You are not alone. Call free, send a message, or find a service near you. You do not have to give your name.',
    lo: 'ທ່ານບໍ່ໄດ້ຢູ່ຄົນດຽວ. ໂທຟຣີ, ສົ່ງຂໍ້ຄວາມ ຫຼື ຊອກຫາບ່ອນໃຫ້ຄວາມຊ່ວຍເຫຼືອໃກ້ທ່ານ. ທ່ານບໍ່ຈຳເປັນຕ້ອງບອກຊື່.',
  },
  callFree: { en: 'Call free', lo: 'ໂທຟຣີ' },
  sendMessage: { en: 'Send a message', lo: 'ສົ່ງຂໍ້ຄວາມ' },
  whatToKnow: { en: 'What to know', lo: 'ສິ່ງທີ່ຄວນຮູ້' },
  findService: { en: 'Find a service near you', lo: 'ຊອກຫາບ່ອນໃຫ້ຄວາມຊ່ວຍເຫຼືອໃກ້ທ່ານ' },
  staySafe: { en: 'Keeping your visit private', lo: 'ເຮັດໃຫ້ການເຂົ້າເວັບໄຊນີ້ເປັນຄວາມລັບ' },
  clearHistory: {
    en: 'If someone might check your phone: tap “Leave this site” at the top, or press Esc twice. Then clear your browsing history: in Chrome, open the ⋮ menu, then History, then “Clear browsing data”. A private (Incognito) tab keeps no history at all.',
    lo: 'ຖ້າຢ້ານວ່າມີຄົນກວດເບິ່ງໂທລະສັບຂອງທ່ານ: ກົດ “ອອກຈາກເວັບໄຊນີ້” ຢູ່ເທິງສຸດ ຫຼື ກົດປຸ່ມ Esc ສອງເທື່ອ. ຈາກນັ້ນ ລຶບປະຫວັດການທ່ອງເວັບ: ໃນ Chrome ເປີດເມນູ ⋮, ເລືອກ “ປະຫວັດ”, ແລ້ວເລືອກ “ລຶບຂໍ້ມູນການທ່ອງເວັບ”. ແຖບສ່ວນຕົວ (Incognito) ຈະບໍ່ບັນທຶກປະຫວັດເລີຍ.',
  },
  kind: { en: 'Kind', lo: 'ປະເພດ' },
  address: { en: 'Address', lo: 'ທີ່ຢູ່' },
  phone: { en: 'Phone', lo: 'ເບີໂທ' },
  hours: { en: 'Opening hours', lo: 'ເວລາເປີດ' },
  languagesSpoken: { en: 'Languages spoken', lo: 'ພາສາທີ່ເວົ້າໄດ້' },
  offers: { en: 'What it offers', lo: 'ສິ່ງທີ່ໃຫ້ບໍລິການ' },
  openInMaps: { en: 'Open in maps', lo: 'ເປີດໃນແຜນທີ່' },
  abroad: { en: 'Abroad', lo: 'ຕ່າງປະເທດ' },
  servicesFound: {
    en: (n: number) => (n === 1 ? '1 service' : `${n} services`),
    lo: (n: number) => `${n} ບ່ອນ`,
  },
  askTitle: { en: 'Ask a question, or report something', lo: 'ຖາມຄຳຖາມ ຫຼື ລາຍງານເຫດການ' },
  askIntro: {
    en: 'You do not need to give your name. Someone from the committee reads every question.',
    lo: 'ທ່ານບໍ່ຈຳເປັນຕ້ອງບອກຊື່. ເຈົ້າໜ້າທີ່ຂອງຄະນະກຳມະການອ່ານທຸກຄຳຖາມ.',
  },
  askMessage: {
    en: 'Your question, or what happened',
    lo: 'ຄຳຖາມຂອງທ່ານ ຫຼື ສິ່ງທີ່ເກີດຂຶ້ນ',
  },
  askProvince: { en: 'Province (if you want to say)', lo: 'ແຂວງ (ຖ້າທ່ານຕ້ອງການບອກ)' },
  askNoProvince: { en: 'Not saying', lo: 'ບໍ່ບອກ' },
  askContact: {
    en: 'How we can reach you (if you want): a phone number or a messaging app name',
    lo: 'ວິທີຕິດຕໍ່ທ່ານຄືນ (ຖ້າທ່ານຕ້ອງການ): ເບີໂທ ຫຼື ຊື່ໃນແອັບສົ່ງຂໍ້ຄວາມ',
  },
  askContactNote: {
    en: 'Leave it empty if you do not want to be contacted. It is erased some time after your question has been dealt with.',
    lo: 'ປ່ອຍຫວ່າງໄວ້ ຖ້າທ່ານບໍ່ຕ້ອງການໃຫ້ຕິດຕໍ່ຄືນ. ຂໍ້ມູນນີ້ຈະຖືກລຶບ ຫຼັງຈາກຄຳຖາມຂອງທ່ານໄດ້ຮັບການແກ້ໄຂແລ້ວ.',
  },
  askPrivacy: {
    en: 'Siang does not keep your internet address, your phone or computer details, or any fingerprint of your device with your question. It keeps only what you write here.',
    lo: 'ສຽງ ບໍ່ເກັບທີ່ຢູ່ອິນເຕີເນັດ, ຂໍ້ມູນໂທລະສັບ ຫຼື ຄອມພິວເຕີ, ຫຼື ລາຍນິ້ວມືຂອງອຸປະກອນທ່ານ ໄວ້ນຳຄຳຖາມ. ສຽງ ເກັບພຽງແຕ່ສິ່ງທີ່ທ່ານຂຽນຢູ່ນີ້.',
  },
  askTrap: { en: 'Leave this empty', lo: 'ປ່ອຍຫວ່າງໄວ້' },
  askSend: { en: 'Send', lo: 'ສົ່ງ' },
  askSent: {
    en: 'Thank you: your question has been sent. If you left a way to reach you, someone will contact you.',
    lo: 'ຂອບໃຈ: ຄຳຖາມຂອງທ່ານຖືກສົ່ງແລ້ວ. ຖ້າທ່ານໃຫ້ວິທີຕິດຕໍ່ໄວ້, ຈະມີເຈົ້າໜ້າທີ່ຕິດຕໍ່ຫາທ່ານ.',
  },
  askErrorEmpty: { en: 'Please write your question first.', lo: 'ກະລຸນາຂຽນຄຳຖາມຂອງທ່ານກ່ອນ.' },
  askErrorTooLong: {
    en: 'Your message is too long. Please make it shorter.',
    lo: 'ຂໍ້ຄວາມຂອງທ່ານຍາວເກີນໄປ. ກະລຸນາຂຽນໃຫ້ສັ້ນລົງ.',
  },
  askErrorContact: {
    en: 'The way to reach you is too long. A phone number or a name is enough.',
    lo: 'ວິທີຕິດຕໍ່ຍາວເກີນໄປ. ເບີໂທ ຫຼື ຊື່ ກໍພຽງພໍ.',
  },
  askErrorProvince: {
    en: 'Please choose a province from the list, or "Not saying".',
    lo: 'ກະລຸນາເລືອກແຂວງຈາກລາຍການ ຫຼື "ບໍ່ບອກ".',
  },
  askErrorFlood: {
    en: 'Too many questions were sent from your connection. Please wait a few minutes and try again, or call the hotline.',
    lo: 'ມີຄຳຖາມຖືກສົ່ງຈາກການເຊື່ອມຕໍ່ຂອງທ່ານຫຼາຍເກີນໄປ. ກະລຸນາລໍຖ້າຈັກໜ້ອຍ ແລ້ວລອງໃໝ່, ຫຼື ໂທຫາສາຍດ່ວນ.',
  },
  askOffline: {
    en: 'Your question was not sent: there is no connection. What you wrote is still here. Try again when you have signal, or call the hotline.',
    lo: 'ຄຳຖາມຂອງທ່ານຍັງບໍ່ໄດ້ສົ່ງ: ບໍ່ມີສັນຍານ. ສິ່ງທີ່ທ່ານຂຽນຍັງຢູ່ທີ່ນີ້. ລອງສົ່ງໃໝ່ເມື່ອມີສັນຍານ ຫຼື ໂທຫາສາຍດ່ວນ.',
  },
  askErrorOther: {
    en: 'Your question could not be sent. Please try again, or call the hotline.',
    lo: 'ສົ່ງຄຳຖາມບໍ່ສຳເລັດ. ກະລຸນາລອງໃໝ່ ຫຼື ໂທຫາສາຍດ່ວນ.',
  },
} satisfies Record<string, Bilingual<unknown>>

const byLocale = { en: inLanguage(strings, 'en'), lo: inLanguage(strings, 'lo') }

export type Strings = InLanguage<typeof strings>

/** The public site's words in one language (the admin's are src/i18n/siang.ts, said by key). */
export function siteStrings(locale: Locale): Strings {
  return byLocale[locale]
}

export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return ''
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeZone: LAO_TIME_ZONE,
  }).format(new Date(value))
}

/** A running time as a clock shows it: 0:40, 12:05, 1:02:09. */
export function formatLength(seconds: number): string {
  const s = Math.round(seconds)
  const [h, m, rest] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60]
  const pad = (n: number) => String(n).padStart(2, '0')
  return h ? `${h}:${pad(m)}:${pad(rest)}` : `${m}:${pad(rest)}`
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value)
}
