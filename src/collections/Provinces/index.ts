import type { CollectionConfig, PayloadRequest } from 'payload'
import { admins } from '../../access/admins'
import { anyone } from '../../access/anyone'
import { staffField } from '../../access/fieldAccess'
import { slugField } from '../../fields/slugField'
import { titleField } from '../../fields/titleField'
import { sayFor } from '../../i18n/admin'
import { roleGroups } from '../../lib/roles'
import { slugs } from '../../lib/slugs'
import { glossary, labelsOf } from '../../i18n/glossary'

/** The 18 provinces of Lao PDR. Made by the seed; only admins change them. */
export const Provinces: CollectionConfig = {
  slug: slugs.provinces,
  labels: labelsOf(glossary.province),
  admin: {
    useAsTitle: 'title',
    group: { en: 'Taxonomy', lo: 'ການຈັດໝວດ' },
    defaultColumns: ['title', 'code'],
  },
  defaultSort: 'code',
  access: { read: anyone, create: admins, update: admins, delete: admins },
  fields: [
    titleField(),
    slugField('province'),
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { en: 'ISO 3166-2 code', lo: 'ລະຫັດ ISO 3166-2' },
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
        value && /^LA-[A-Z]{2}$/.test(value) ? true : sayFor(req)('isoCode'),
    },
    // Accounts, not free addresses: the notice's link opens only for staff, and leaving
    // Siang (or losing the role) stops the mail with it. Never shown to the public.
    {
      name: 'focalPoints',
      type: 'relationship',
      relationTo: slugs.users,
      hasMany: true,
      filterOptions: { roles: { in: [...roleGroups.staff] } },
      access: { read: staffField },
      label: { en: 'Focal points for questions', lo: 'ຜູ້ປະສານງານສຳລັບຄຳຖາມ' },
      admin: {
        description: {
          en: 'Told by email (a link only) when a question for this province arrives. With none, the admins are told.',
          lo: 'ໄດ້ຮັບອີເມວ (ມີພຽງລິ້ງ) ເມື່ອມີຄຳຖາມສຳລັບແຂວງນີ້. ຖ້າບໍ່ມີ, ຜູ້ດູແລລະບົບຈະໄດ້ຮັບແທນ.',
        },
      },
    },
  ],
}
