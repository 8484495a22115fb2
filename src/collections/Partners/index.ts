import type { CollectionConfig, PayloadRequest } from 'payload'
import { admins } from '../../access/admins'
import { anyone } from '../../access/anyone'
import { partnerPrivateField } from '../../access/partnerPrivateField'
import { mediaField } from '../../fields/mediaFields'
import { slugField } from '../../fields/slugField'
import { titleField } from '../../fields/titleField'
import { sayFor } from '../../i18n/admin'
import { urlValidation } from '../../fields/urlValidation'
import { httpsOriginProblem } from '../../lib/urls'
import {
  trackMediaVisibility,
  trackMediaVisibilityOnDelete,
} from '../../media/hooks/trackMediaVisibility'
import { slugs } from '../../lib/slugs'

export const Partners: CollectionConfig = {
  slug: slugs.partners,
  labels: {
    singular: { en: 'Partner', lo: 'ຄູ່ຮ່ວມງານ' },
    plural: { en: 'Partners', lo: 'ຄູ່ຮ່ວມງານ' },
  },
  admin: {
    useAsTitle: 'title',
    group: { en: 'Organisation', lo: 'ອົງການ' },
    defaultColumns: ['title', 'kind', 'website'],
  },
  // The public may read a partner's name, kind, logo and website; the rest is field-guarded.
  access: { read: anyone, create: admins, update: admins, delete: admins },
  hooks: { afterChange: [trackMediaVisibility], afterDelete: [trackMediaVisibilityOnDelete] },
  fields: [
    titleField(),
    slugField('partner'),
    mediaField({ name: 'logo', kind: 'image', label: { en: 'Logo', lo: 'ໂລໂກ້' } }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'ngo',
      options: [
        { value: 'government', label: { en: 'Government', lo: 'ລັດຖະບານ' } },
        { value: 'un', label: { en: 'UN agency', lo: 'ອົງການສະຫະປະຊາຊາດ' } },
        { value: 'ingo', label: { en: 'International NGO', lo: 'ອົງການຈັດຕັ້ງສາກົນ' } },
        { value: 'ngo', label: { en: 'NGO', lo: 'ອົງການບໍ່ຂຶ້ນກັບລັດ' } },
        { value: 'media', label: { en: 'Media', lo: 'ສື່ມວນຊົນ' } },
        { value: 'other', label: { en: 'Other', lo: 'ອື່ນໆ' } },
      ],
      label: { en: 'Kind', lo: 'ປະເພດ' },
    },
    {
      name: 'website',
      type: 'text',
      validate: urlValidation,
      label: { en: 'Website', lo: 'ເວັບໄຊ' },
    },
    {
      name: 'contacts',
      type: 'array',
      access: { read: partnerPrivateField },
      label: { en: 'Contacts', lo: 'ຜູ້ຕິດຕໍ່' },
      // Names the add button and each row ("ຜູ້ຕິດຕໍ່ 01"); Payload's own are English.
      labels: {
        singular: { en: 'Contact', lo: 'ຜູ້ຕິດຕໍ່' },
        plural: { en: 'Contacts', lo: 'ຜູ້ຕິດຕໍ່' },
      },
      fields: [
        { name: 'name', type: 'text', required: true, label: { en: 'Name', lo: 'ຊື່' } },
        { name: 'email', type: 'email', label: { en: 'Email', lo: 'ອີເມວ' } },
        { name: 'phone', type: 'text', label: { en: 'Phone', lo: 'ເບີໂທ' } },
      ],
    },
    {
      name: 'allowedEmbedOrigins',
      type: 'array',
      access: { read: partnerPrivateField },
      label: { en: 'Sites allowed to embed', lo: 'ເວັບໄຊທີ່ອະນຸຍາດໃຫ້ຝັງ' },
      labels: {
        singular: { en: 'Allowed site', lo: 'ເວັບໄຊທີ່ອະນຸຍາດ' },
        plural: { en: 'Allowed sites', lo: 'ເວັບໄຊທີ່ອະນຸຍາດ' },
      },
      admin: {
        description: {
          en: 'Origins only, such as https://www.example.org. Only https, except http://localhost and http://127.0.0.1 (any port) for a developer testing.',
          lo: 'ໃສ່ສະເພາະທີ່ຢູ່ຫຼັກຂອງເວັບໄຊ, ເຊັ່ນ https://www.example.org. ຮັບສະເພາະ https://, ຍົກເວັ້ນ http://localhost ແລະ http://127.0.0.1 (ພອດໃດກໍໄດ້) ສຳລັບນັກພັດທະນາທົດສອບ.',
        },
      },
      fields: [
        {
          name: 'origin',
          type: 'text',
          required: true,
          label: { en: 'Site address', lo: 'ທີ່ຢູ່ເວັບໄຊ' },
          validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
            value
              ? (httpsOriginProblem(value.trim(), sayFor(req)) ?? true)
              : sayFor(req)('originRequired'),
          hooks: {
            beforeValidate: [
              ({ value }) => (typeof value === 'string' ? value.trim().replace(/\/$/, '') : value),
            ],
          },
        },
      ],
    },
  ],
}
