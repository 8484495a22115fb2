import { intlLocale, LAO_TIME_ZONE } from '@/lib/laoTime'
import type { Locale } from '@/lib/locales'
import { glossary } from '@/i18n/glossary'

/** The site's own words, in Lao and English. */
const strings = {
  lo: {
    siteName: 'ສຽງ',
    tagline: 'ຮ່ວມກັນຕ້ານການຄ້າມະນຸດ',
    home: 'ໜ້າຫຼັກ',
    menu: 'ເມນູ',
    language: 'ພາສາ',
    otherLanguage: 'English',
    call: 'ໂທ',
    hotlineIntro: 'ຕ້ອງການຄວາມຊ່ວຍເຫຼືອ? ໂທຟຣີ',
    allHotlines: 'ສາຍດ່ວນທັງໝົດ',
    latest: 'ຫຼ້າສຸດ',
    currentCampaign: `${glossary.campaign.lo}ປັດຈຸບັນ`,
    seeAll: 'ເບິ່ງທັງໝົດ',
    keyMessages: 'ຂໍ້ຄວາມຫຼັກ',
    lyrics: 'ເນື້ອເພງ',
    credits: 'ຜູ້ຮ່ວມສ້າງ',
    script: 'ບົດ',
    transcript: 'ບົດເວົ້າ',
    synopsis: 'ເລື່ອງຫຍໍ້',
    episodes: 'ຕອນ',
    episode: 'ຕອນທີ',
    cast: 'ນັກສະແດງ ແລະ ທີມງານ',
    seconds: 'ວິນາທີ',
    material: `ເນື້ອຫາໃນ${glossary.campaign.lo}`,
    filters: 'ກັ່ນຕອງ',
    topic: glossary.topic.lo,
    audience: 'ກຸ່ມເປົ້າໝາຍ',
    province: glossary.province.lo,
    all: 'ທັງໝົດ',
    apply: 'ສະແດງ',
    noResults: 'ຍັງບໍ່ມີເນື້ອຫາຢູ່ນີ້.',
    previous: 'ກ່ອນໜ້າ',
    next: 'ຕໍ່ໄປ',
    page: (n: number, of: number) => `ໜ້າ ${n} ຈາກ ${of}`,
    notFoundTitle: 'ບໍ່ພົບໜ້ານີ້',
    notFoundText: 'ໜ້າທີ່ທ່ານຊອກຫາບໍ່ມີ ຫຼື ຖືກຍ້າຍໄປແລ້ວ.',
    backHome: 'ກັບໄປໜ້າຫຼັກ',
    postedOn: 'ເຜີຍແຜ່ທາງ',
    download: 'ດາວໂຫຼດ',
    dataSaver: 'ປະຢັດຂໍ້ມູນ',
    original: 'ຕົ້ນສະບັບ',
    captionsUnavailable: 'ບໍ່ມີຄຳບັນຍາຍ',
    podcastFeed: 'ຕິດຕາມເປັນພອດແຄສ (RSS)',
    share: 'ແບ່ງປັນ',
    shareOrCopy: 'ແບ່ງປັນ / ສຳເນົາລິ້ງ',
    linkCopied: 'ສຳເນົາລິ້ງແລ້ວ',
    embedCode: 'ໂຄດສຳລັບຝັງໃສ່ເວັບໄຊ',
    search: 'ຊອກຫາ',
    searchPlaceholder: 'ຊອກຫາເພງ, ລະຄອນ, ຂ່າວ…',
    searchResults: (n: number, q: string) => `ພົບ ${n} ລາຍການສຳລັບ “${q}”`,
    searchNothing: (q: string) => `ບໍ່ພົບຫຍັງສຳລັບ “${q}”. ລອງຄຳອື່ນ ຫຼື ສະກົດໃຫ້ສັ້ນລົງ.`,
    allTypes: 'ທຸກປະເພດ',
    embedHelp: 'ວາງໂຄດນີ້ໃສ່ໜ້າເວັບຂອງທ່ານ ເພື່ອສະແດງເຄື່ອງຫຼິ້ນນີ້.',
    embedAnywhere: 'ທຸກເວັບໄຊສາມາດສະແດງເຄື່ອງຫຼິ້ນນີ້ໄດ້.',
    embedAskCounts: 'ເພື່ອລົງທະບຽນເປັນຄູ່ຮ່ວມງານ ແລະ ເບິ່ງສະຖິຕິຂອງເວັບໄຊທ່ານ, ຂຽນຫາ',
    embedPartnersOnly:
      'ເຄື່ອງຫຼິ້ນນີ້ສະແດງໄດ້ສະເພາະຢູ່ເວັບໄຊນີ້ ແລະ ເວັບໄຊຂອງຄູ່ຮ່ວມງານທີ່ຄະນະກຳມະການລົງທະບຽນໄວ້; ຢູ່ເວັບໄຊອື່ນ ຈະເຫັນພຽງກ່ອງເປົ່າ.',
    embedAsk: 'ເພື່ອເພີ່ມເວັບໄຊຂອງທ່ານ, ຂຽນຫາ',
    copyCode: 'ສຳເນົາໂຄດ',
    nextEpisode: 'ຕອນຕໍ່ໄປ',
    codeCopied: 'ສຳເນົາໂຄດແລ້ວ',
  },
  en: {
    siteName: 'Siang',
    tagline: 'Together against human trafficking',
    home: 'Home',
    menu: 'Menu',
    language: 'Language',
    otherLanguage: 'ພາສາລາວ',
    call: 'Call',
    hotlineIntro: 'Need help? Call free',
    allHotlines: 'All hotlines',
    latest: 'Latest',
    currentCampaign: 'Current campaign',
    seeAll: 'See all',
    keyMessages: 'Key messages',
    lyrics: 'Lyrics',
    credits: 'Credits',
    script: 'Script',
    transcript: 'Transcript',
    synopsis: 'Synopsis',
    episodes: 'Episodes',
    episode: 'Episode',
    cast: 'Cast and crew',
    seconds: 'seconds',
    material: 'In this campaign',
    filters: 'Filter',
    topic: glossary.topic.en,
    audience: 'Audience',
    province: glossary.province.en,
    all: 'All',
    apply: 'Show',
    noResults: 'Nothing here yet.',
    previous: 'Previous',
    next: 'Next',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    notFoundTitle: 'Page not found',
    notFoundText: 'The page you are looking for does not exist or has moved.',
    backHome: 'Back to the home page',
    postedOn: 'Posted on',
    download: 'Download',
    dataSaver: 'Data saver',
    original: 'original',
    captionsUnavailable: 'No captions',
    podcastFeed: 'Subscribe as a podcast (RSS)',
    share: 'Share',
    shareOrCopy: 'Share / copy link',
    linkCopied: 'Link copied',
    embedCode: 'Embed on your site',
    search: 'Search',
    searchPlaceholder: 'Search songs, dramas, news…',
    searchResults: (n: number, q: string) => `${n} found for “${q}”`,
    searchNothing: (q: string) => `Nothing found for “${q}”. Try another or a shorter word.`,
    allTypes: 'All types',
    embedHelp: 'Paste this code into your web page to show this player there.',
    embedAnywhere: 'Any website may show this player.',
    embedAskCounts: "To register as a partner and see your site's own counts, write to",
    embedPartnersOnly:
      "This player shows only on this site and on partners' sites the committee has registered; elsewhere the browser shows an empty box.",
    embedAsk: 'To add your site, write to',
    copyCode: 'Copy code',
    nextEpisode: 'Next episode',
    codeCopied: 'Code copied',
  },
} as const

export type Strings = (typeof strings)[Locale]

export function t(locale: Locale): Strings {
  return strings[locale] as Strings
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
