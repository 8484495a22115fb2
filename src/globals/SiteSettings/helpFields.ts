import type { Field, PayloadRequest } from 'payload'
import { sayFor } from '../../i18n/admin'
import {
  DEFAULT_QUICK_EXIT_URL,
  isMessagingHandle,
  isQuickExitUrl,
  messagingPlatforms,
  platformNames,
  type MessagingPlatform,
} from '../../lib/help'
import { urlValidation } from '../../fields/urlValidation'

type Req = { req: Pick<PayloadRequest, 't'> }

/** A web address, and https: the quick exit must never lead to a script or a data: page. */
const quickExitValidation = (value: string | null | undefined, options: Req): true | string => {
  const url = urlValidation(value, options)
  if (url !== true) return url
  return !value || isQuickExitUrl(value) ? true : sayFor(options.req)('quickExitAddress', { value })
}

/** What the help page and the quick exit take from the site settings. */
export const helpFields: Field[] = [
  {
    name: 'quickExitUrl',
    type: 'text',
    defaultValue: DEFAULT_QUICK_EXIT_URL,
    validate: quickExitValidation,
    label: { en: 'Quick exit: neutral site', lo: 'ອອກໄວ: ເວັບໄຊທົ່ວໄປ' },
    admin: {
      description: {
        en: 'Where "Leave this site" and pressing Escape twice take a visitor: a plain site, such as a weather page. https:// only.',
        lo: 'ບ່ອນທີ່ປຸ່ມ "ອອກຈາກເວັບໄຊນີ້" ແລະ ການກົດປຸ່ມ Esc ສອງເທື່ອ ພາຜູ້ເຂົ້າຊົມໄປ: ເວັບໄຊທົ່ວໄປ ເຊັ່ນ ໜ້າພະຍາກອນອາກາດ. ສະເພາະ https:// ເທົ່ານັ້ນ.',
      },
    },
  },
  {
    name: 'messaging',
    type: 'array',
    label: { en: 'Messaging apps', lo: 'ແອັບສົ່ງຂໍ້ຄວາມ' },
    labels: {
      singular: { en: 'Messaging app', lo: 'ແອັບສົ່ງຂໍ້ຄວາມ' },
      plural: { en: 'Messaging apps', lo: 'ແອັບສົ່ງຂໍ້ຄວາມ' },
    },
    admin: {
      description: {
        en: 'Shown on the help page; each opens the app on this number or name.',
        lo: 'ສະແດງຢູ່ໜ້າຂໍຄວາມຊ່ວຍເຫຼືອ; ແຕ່ລະອັນຈະເປີດແອັບໄປຫາເບີ ຫຼື ຊື່ນີ້.',
      },
    },
    fields: [
      {
        name: 'platform',
        type: 'select',
        required: true,
        options: messagingPlatforms.map((value) => ({ value, label: platformNames[value] })),
        label: { en: 'App', lo: 'ແອັບ' },
      },
      {
        name: 'handle',
        type: 'text',
        required: true,
        label: { en: 'Number or name', lo: 'ເບີ ຫຼື ຊື່' },
        validate: (
          value: string | null | undefined,
          { req, siblingData }: Req & { siblingData: { platform?: MessagingPlatform } },
        ) =>
          value && siblingData.platform && isMessagingHandle(siblingData.platform, value)
            ? true
            : sayFor(req)('messagingHandle'),
      },
      {
        name: 'keyword',
        type: 'text',
        maxLength: 40,
        label: { en: 'Keyword (SMS)', lo: 'ຄຳສັບ (SMS)' },
        admin: { condition: (_, sibling) => sibling?.platform === 'sms' },
      },
    ],
  },
  {
    name: 'helpGuidance',
    type: 'richText',
    localized: true,
    label: { en: 'Help page: guidance', lo: 'ໜ້າຂໍຄວາມຊ່ວຍເຫຼືອ: ຄຳແນະນຳ' },
    admin: {
      description: {
        en: 'Short and plain: signs of a fake job offer, what to check before going abroad, what to do if someone is missing.',
        lo: 'ສັ້ນ ແລະ ເຂົ້າໃຈງ່າຍ: ສັນຍານຂອງການສະເໜີວຽກປອມ, ສິ່ງທີ່ຄວນກວດກ່ອນໄປຕ່າງປະເທດ, ສິ່ງທີ່ຄວນເຮັດເມື່ອມີຄົນຫາຍ.',
      },
    },
  },
]
