import type { CollectionConfig, PayloadRequest } from 'payload'
import { relationship, type RelationshipFieldValidation } from 'payload/shared'
import { keepWithinOwnProvinces, ownProvinceAccess } from '../../access/provinces'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { staff } from '../../access/staff'
import { optionalPhoneValidation } from '../../fields/phoneValidation'
import { mustExist } from '../../fields/mustExist'
import { guardDraftReads } from '../../hooks/guardDraftReads'
import { sayFor } from '../../i18n/admin'
import { glossary, labelsOf, serviceKindWords } from '../../i18n/glossary'
import { serviceKinds } from '../../lib/help'
import { slugs } from '../../lib/slugs'

/**
 * A provincial editor keeps its own provinces' services, and cannot move one out of them;
 * embassies, which have no province, are the national level's.
 */
const writers = ownProvinceAccess('province')

type Sibling = { kind?: string }
type Validated = { req: Pick<PayloadRequest, 't'>; siblingData: Sibling }

const inCountry = (sibling: Sibling | undefined) => sibling?.kind === 'embassy'

/**
 * The help directory (/{locale}/help/services): where a person can go, by province, or abroad
 * for an embassy. Published entries are public; drafts are staff's.
 */
export const Services: CollectionConfig = {
  slug: slugs.services,
  labels: labelsOf(glossary.service),
  admin: {
    useAsTitle: 'name',
    group: { en: 'Help', lo: 'ຄວາມຊ່ວຍເຫຼືອ' },
    defaultColumns: ['name', 'kind', 'province', 'phone', '_status'],
  },
  access: {
    read: publishedOrStaff,
    readVersions: staff,
    create: writers,
    update: writers,
    delete: writers,
  },
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: {
    beforeOperation: [guardDraftReads],
    beforeChange: [keepWithinOwnProvinces((_, doc) => doc.province)],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      label: { en: 'Name', lo: 'ຊື່' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: serviceKinds.map((value) => ({ value, label: serviceKindWords[value] })),
      label: { en: 'Kind', lo: 'ປະເພດ' },
    },
    {
      name: 'province',
      type: 'relationship',
      relationTo: slugs.provinces,
      index: true,
      filterOptions: mustExist,
      label: { en: 'Province', lo: 'ແຂວງ' },
      admin: { condition: (_, sibling) => !inCountry(sibling) },
      // Payload's own check after ours: the province chosen must exist.
      validate: ((value, options) =>
        inCountry(options.siblingData as Sibling) ||
        (value !== null && value !== undefined && (value as unknown) !== '')
          ? relationship(value, options)
          : sayFor(options.req)('serviceNeedsProvince')) satisfies RelationshipFieldValidation,
    },
    {
      name: 'country',
      type: 'text',
      localized: true,
      maxLength: 100,
      label: { en: 'Country', lo: 'ປະເທດ' },
      admin: { condition: (_, sibling) => inCountry(sibling) },
      validate: (value: string | null | undefined, { req, siblingData }: Validated) =>
        !inCountry(siblingData) || value?.trim() ? true : sayFor(req)('serviceNeedsCountry'),
    },
    {
      name: 'address',
      type: 'textarea',
      localized: true,
      maxLength: 500,
      label: { en: 'Address', lo: 'ທີ່ຢູ່' },
    },
    {
      name: 'phone',
      type: 'text',
      validate: optionalPhoneValidation,
      label: { en: 'Phone', lo: 'ເບີໂທ' },
    },
    {
      name: 'hours',
      type: 'text',
      localized: true,
      maxLength: 200,
      label: { en: 'Opening hours', lo: 'ເວລາເປີດ' },
    },
    {
      name: 'languages',
      type: 'text',
      localized: true,
      maxLength: 200,
      label: { en: 'Languages spoken', lo: 'ພາສາທີ່ເວົ້າໄດ້' },
    },
    {
      name: 'offers',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: { en: 'What it offers', lo: 'ສິ່ງທີ່ໃຫ້ບໍລິການ' },
    },
  ],
}
