import type { GlobalConfig } from 'payload'
import { admins } from '../../access/admins'
import { anyone } from '../../access/anyone'
import { globalSlugs } from '../../lib/slugs'
import { glossary } from '../../i18n/glossary'
import { trackSettingsMediaVisibility } from '../../media/hooks/trackMediaVisibility'
import { phoneValidation } from '../../fields/phoneValidation'
import { urlValidation } from '../../fields/urlValidation'
import { helpFields } from './helpFields'
import { indicatorFields } from './indicatorFields'
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
      labels: {
        singular: { en: 'Hotline', lo: 'ສາຍດ່ວນ' },
        plural: { en: 'Hotlines', lo: 'ສາຍດ່ວນ' },
      },
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
          validate: phoneValidation,
        },
      ],
    },
    {
      name: 'socialLinks',
      type: 'array',
      label: { en: 'Social links', lo: `ລິ້ງ${glossary.socialMedia.lo}` },
      labels: {
        singular: { en: 'Social link', lo: `ລິ້ງ${glossary.socialMedia.lo}` },
        plural: { en: 'Social links', lo: `ລິ້ງ${glossary.socialMedia.lo}` },
      },
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
          en: 'On: any website may show the players (partners still get their own counts). Off: only this site and the sites listed under each partner; elsewhere the player is an empty box.',
          lo: 'ເປີດ: ທຸກເວັບໄຊສາມາດສະແດງເຄື່ອງຫຼິ້ນ (ຄູ່ຮ່ວມງານຍັງເຫັນສະຖິຕິຂອງຕົນ). ປິດ: ສະເພາະເວັບໄຊນີ້ ແລະ ເວັບໄຊທີ່ລົງໄວ້ໃນແຕ່ລະຄູ່ຮ່ວມງານ; ຢູ່ບ່ອນອື່ນ ເຄື່ອງຫຼິ້ນຈະເປັນກ່ອງເປົ່າ.',
        },
      },
    },
    {
      name: 'embedContact',
      type: 'email',
      label: { en: 'Embedding contact', lo: 'ຕິດຕໍ່ເລື່ອງການຝັງ' },
      admin: {
        description: {
          en: 'Where a partner writes to have its site added. Shown beside every embed code.',
          lo: 'ບ່ອນທີ່ຄູ່ຮ່ວມງານຂຽນມາ ເພື່ອຂໍເພີ່ມເວັບໄຊຂອງຕົນ. ສະແດງຢູ່ຂ້າງໂຄດຝັງທຸກບ່ອນ.',
        },
      },
    },
    {
      name: 'footerText',
      type: 'textarea',
      localized: true,
      label: { en: 'Footer text', lo: 'ຂໍ້ຄວາມທ້າຍເວັບ' },
    },
    ...helpFields,
    podcastFields,
    indicatorFields,
  ],
}
