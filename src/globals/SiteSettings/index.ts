import type { GlobalConfig, PayloadRequest } from 'payload'
import { admins } from '../../access/admins'
import { anyone } from '../../access/anyone'
import { globalSlugs } from '../../collections/slugs'
import { t } from '../../i18n/admin'
import { trackSettingsMediaVisibility } from '../../media/hooks/trackMediaVisibility'
import { urlValidation } from '../../lib/urls'
import { podcastFields } from './podcastFields'

/** Readable by anyone: the hotline must reach every page and every client. */
export const SiteSettings: GlobalConfig = {
  slug: globalSlugs.siteSettings,
  label: { en: 'Site settings', lo: 'ການຕັ້ງຄ່າເວັບໄຊ' },
  access: { read: anyone, update: admins },
  hooks: { afterChange: [trackSettingsMediaVisibility] },
  fields: [
    {
      name: 'hotlines',
      type: 'array',
      minRows: 1,
      label: { en: 'Hotlines', lo: 'ສາຍດ່ວນ' },
      fields: [
        {
          name: 'label',
          type: 'text',
          localized: true,
          required: true,
          label: { en: 'Label', lo: 'ຊື່' },
        },
        {
          name: 'number',
          type: 'text',
          required: true,
          label: { en: 'Number', lo: 'ເບີໂທ' },
          validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
            value && /^\+?[0-9][0-9 -]{1,18}$/.test(value.trim()) ? true : t(req, 'phoneNumber'),
        },
      ],
    },
    {
      name: 'socialLinks',
      type: 'array',
      label: { en: 'Social links', lo: 'ລິ້ງໂຊຊຽວ' },
      fields: [
        {
          name: 'platform',
          type: 'text',
          required: true,
          label: { en: 'Platform', lo: 'ແພລດຟອມ' },
        },
        { name: 'url', type: 'text', required: true, validate: urlValidation, label: 'URL' },
      ],
    },
    {
      name: 'embedAnywhere',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Any site may embed the players', lo: 'ທຸກເວັບໄຊສາມາດຝັງເຄື່ອງຫຼິ້ນໄດ້' },
      admin: {
        description: {
          en: "Off: only this site and each partner's allowed sites may show the players in a frame.",
          lo: 'ປິດ: ສະເພາະເວັບໄຊນີ້ ແລະ ເວັບໄຊທີ່ຄູ່ຮ່ວມງານອະນຸຍາດ ສາມາດສະແດງເຄື່ອງຫຼິ້ນໄດ້.',
        },
      },
    },
    {
      name: 'footerText',
      type: 'textarea',
      localized: true,
      label: { en: 'Footer text', lo: 'ຂໍ້ຄວາມທ້າຍເວັບ' },
    },
    podcastFields,
  ],
}
