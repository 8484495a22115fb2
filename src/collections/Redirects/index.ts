import type { CollectionConfig, FieldHook } from 'payload'
import { nationalEditors } from '../../access/nationalEditors'
import { staff } from '../../access/staff'
import { mustExist } from '../../fields/mustExist'
import { expireRedirects } from '../../redirects/expireRedirects'
import { normalizedPath } from '../../redirects/paths'
import { validateFrom, validateToPath } from '../../redirects/validate'
import { contentSlugs, slugs } from '../../lib/slugs'

const normalizeFrom: FieldHook = ({ value }) =>
  typeof value === 'string' ? normalizedPath(value) : value

const trim: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim() : value)

/**
 * Staff's own redirects: a short link printed on a poster (/r/1300), or an old address. Answered
 * by the public route when no page has the address (src/redirects/resolve.ts). Destinations are
 * on this site only. Old slugs of published documents redirect by themselves
 * (src/collections/PublishedSlugs); these are for everything else.
 */
export const Redirects: CollectionConfig = {
  slug: slugs.redirects,
  labels: {
    singular: { en: 'Redirect', lo: 'ການສົ່ງຕໍ່ລິ້ງ' },
    plural: { en: 'Redirects and short links', lo: 'ການສົ່ງຕໍ່ລິ້ງ ແລະ ລິ້ງສັ້ນ' },
  },
  admin: {
    useAsTitle: 'from',
    group: { en: 'Content', lo: 'ເນື້ອຫາ' },
    defaultColumns: ['from', 'toDocument', 'toPath', 'status', 'updatedAt'],
    description: {
      en: 'Short links such as /r/1300 for posters, and old addresses. A published page at the same address always wins.',
      lo: 'ລິ້ງສັ້ນ ເຊັ່ນ /r/1300 ສຳລັບໂປສເຕີ, ແລະ ທີ່ຢູ່ເກົ່າ. ຖ້າມີໜ້າທີ່ເຜີຍແຜ່ແລ້ວຢູ່ທີ່ຢູ່ດຽວກັນ ໜ້ານັ້ນຈະສະແດງກ່ອນ.',
    },
  },
  access: {
    read: staff,
    create: nationalEditors,
    update: nationalEditors,
    delete: nationalEditors,
  },
  hooks: { afterChange: [expireRedirects], afterDelete: [expireRedirects] },
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { en: 'Address', lo: 'ທີ່ຢູ່' },
      admin: {
        description: {
          en: 'A path on this site, such as /r/1300. Capital letters and a final / do not matter.',
          lo: 'ທີ່ຢູ່ໃນເວັບໄຊນີ້ ເຊັ່ນ /r/1300. ຕົວພິມໃຫຍ່ ແລະ / ທ້າຍ ບໍ່ມີຜົນ.',
        },
      },
      hooks: { beforeValidate: [normalizeFrom] },
      validate: validateFrom,
    },
    {
      name: 'toDocument',
      type: 'relationship',
      relationTo: [...contentSlugs],
      filterOptions: mustExist,
      label: { en: 'Goes to: a document', lo: 'ໄປຫາ: ເອກະສານ' },
      admin: {
        description: {
          en: 'Follows the document if its slug changes. Works once it is published.',
          lo: 'ຕິດຕາມເອກະສານ ເຖິງແມ່ນຊື່ໃນລິ້ງຈະປ່ຽນ. ໃຊ້ໄດ້ເມື່ອເຜີຍແຜ່ແລ້ວ.',
        },
      },
    },
    {
      name: 'toPath',
      type: 'text',
      label: { en: 'Or goes to: a path on this site', lo: 'ຫຼື ໄປຫາ: ທີ່ຢູ່ໃນເວັບໄຊນີ້' },
      admin: {
        description: {
          en: 'Such as /lo/campaigns/safe-migration. Addresses on other sites are not allowed.',
          lo: 'ເຊັ່ນ /lo/campaigns/safe-migration. ບໍ່ອະນຸຍາດທີ່ຢູ່ຂອງເວັບໄຊອື່ນ.',
        },
      },
      hooks: { beforeValidate: [trim] },
      validate: validateToPath,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: '302',
      options: [
        {
          value: '302',
          label: {
            en: 'Temporary (302): may point elsewhere later',
            lo: 'ຊົ່ວຄາວ (302): ອາດປ່ຽນບ່ອນໄປພາຍຫຼັງ',
          },
        },
        {
          value: '301',
          label: {
            en: 'Permanent (301): the page has moved for good',
            lo: 'ຖາວອນ (301): ໜ້ານີ້ຍ້າຍໄປແລ້ວ',
          },
        },
      ],
      label: { en: 'Kind', lo: 'ປະເພດ' },
    },
    {
      name: 'note',
      type: 'text',
      label: { en: 'Note', lo: 'ບັນທຶກ' },
      admin: {
        description: {
          en: 'For staff: where it is printed or used.',
          lo: 'ສຳລັບພະນັກງານ: ພິມ ຫຼື ໃຊ້ຢູ່ໃສ.',
        },
      },
    },
  ],
}
