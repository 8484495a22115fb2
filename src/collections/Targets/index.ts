import type {
  CollectionBeforeChangeHook,
  CollectionConfig,
  FieldAccess,
  NumberFieldSingleValidation,
} from 'payload'
import { checkRole } from '../../access/checkRole'
import { writtenBySiangOnly } from '../../access/fieldAccess'
import { nationalEditors } from '../../access/nationalEditors'
import { keepWithinOwnProvinces, ownProvinceAccess } from '../../access/provinces'
import { mustExist } from '../../fields/mustExist'
import { periodField } from '../../fields/periodField'
import { sayFor } from '../../i18n/admin'
import { roleGroups } from '../../lib/roles'
import { slugs } from '../../lib/slugs'
import { changedByField, recordChanger } from '../../fields/changedBy'
import { restoreByNationalEditors } from '../../hooks/restoreByNationalEditors'
import { refuseComputedActual } from './refuseComputedActual'
import { refuseSecondTarget } from './refuseSecondTarget'

/** The plan's own fields: set by national editors only, whatever a provincial editor sends. */
const nationalOnly: FieldAccess = ({ req: { user } }) => checkRole(roleGroups.nationalEditors, user)
const planField = { create: nationalOnly, update: nationalOnly }

const amount: NumberFieldSingleValidation = (value, { req }) =>
  value === null || value === undefined || (typeof value === 'number' && value >= 0)
    ? true
    : sayFor(req)('targetAmountInvalid')

/**
 * A national editor who ticks "accept the proposal" makes the proposed target the target; the
 * proposal is then cleared. The tick is never stored.
 */
const acceptProposal: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const accepting = data.acceptProposal === true && checkRole(roleGroups.nationalEditors, req.user)
  delete data.acceptProposal
  const proposed = data.proposedTarget ?? originalDoc?.proposedTarget
  if (!accepting || proposed === null || proposed === undefined) return data
  return { ...data, target: proposed, proposedTarget: null, proposalNote: null, proposedBy: null }
}

/** Who proposed: the provincial editor who last wrote a proposed target; none once it is gone. */
const recordProposer: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  // An earlier version brought back keeps today's proposal: it is not the restorer's.
  if (req.context?.isRestoringVersion)
    return {
      ...data,
      proposedTarget: originalDoc?.proposedTarget ?? null,
      proposalNote: originalDoc?.proposalNote ?? null,
      proposedBy: originalDoc?.proposedBy ?? null,
    }
  const changed =
    data.proposedTarget !== undefined && data.proposedTarget !== originalDoc?.proposedTarget
  if (changed && data.proposedTarget !== null && req.user) data.proposedBy = req.user.id
  // A proposal taken back or turned down leaves no proposer or note behind.
  if (changed && data.proposedTarget === null) {
    data.proposedBy = null
    data.proposalNote = null
  }
  return data
}

/**
 * An indicator's baseline and target for one province (or the whole country, with no province)
 * and one half-year, and its actual when the indicator is entered by hand. National editors set
 * the plan; a provincial editor sees its own provinces' targets, enters their hand-counted
 * actuals, and may propose another target, which a national editor accepts or not.
 */
export const Targets: CollectionConfig = {
  slug: slugs.targets,
  labels: {
    singular: { en: 'Target', lo: 'ເປົ້າໝາຍ' },
    plural: { en: 'Targets', lo: 'ເປົ້າໝາຍ' },
  },
  admin: {
    group: { en: 'Reach', lo: 'ການເຂົ້າເຖິງ' },
    defaultColumns: ['indicator', 'province', 'period', 'baseline', 'target', 'proposedTarget'],
  },
  defaultSort: '-period',
  // Every change kept (0: no limit), with who made it (changedBy): the plan's audit trail, read
  // as the targets; restored by national editors only.
  versions: { maxPerDoc: 0 },
  access: {
    read: ownProvinceAccess('province', roleGroups.staff),
    readVersions: ownProvinceAccess('version.province', roleGroups.staff),
    create: nationalEditors,
    update: ownProvinceAccess('province'),
    delete: nationalEditors,
  },
  hooks: {
    beforeOperation: [restoreByNationalEditors],
    beforeChange: [
      keepWithinOwnProvinces((_, doc) => doc.province),
      acceptProposal,
      recordProposer,
      refuseSecondTarget,
      refuseComputedActual,
      recordChanger,
    ],
  },
  fields: [
    {
      name: 'indicator',
      type: 'relationship',
      relationTo: slugs.indicators,
      required: true,
      index: true,
      access: planField,
      label: { en: 'Indicator', lo: 'ຕົວຊີ້ວັດ' },
    },
    {
      name: 'province',
      type: 'relationship',
      relationTo: slugs.provinces,
      index: true,
      filterOptions: mustExist,
      access: planField,
      label: { en: 'Province (empty: national)', lo: 'ແຂວງ (ວ່າງ: ທົ່ວປະເທດ)' },
    },
    { ...periodField, access: planField },
    {
      name: 'baseline',
      type: 'number',
      min: 0,
      validate: amount,
      access: planField,
      label: { en: 'Baseline', lo: 'ຖານ' },
    },
    {
      name: 'target',
      type: 'number',
      required: true,
      min: 0,
      validate: amount,
      access: planField,
      label: { en: 'Target', lo: 'ເປົ້າໝາຍ' },
    },
    {
      name: 'actual',
      type: 'number',
      min: 0,
      validate: amount,
      label: { en: 'Actual (entered by hand)', lo: 'ຕົວຈິງ (ປ້ອນດ້ວຍມື)' },
      admin: {
        description: {
          en: 'Only for an indicator entered by hand; the others are computed.',
          lo: 'ສະເພາະຕົວຊີ້ວັດທີ່ປ້ອນດ້ວຍມື; ອັນອື່ນແມ່ນຄິດໄລ່ເອງ.',
        },
      },
    },
    {
      name: 'proposedTarget',
      type: 'number',
      min: 0,
      validate: amount,
      label: { en: 'Proposed target', lo: 'ເປົ້າໝາຍທີ່ສະເໜີ' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'proposalNote',
      type: 'textarea',
      maxLength: 1000,
      label: { en: 'Why', lo: 'ເຫດຜົນ' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'proposedBy',
      type: 'relationship',
      relationTo: slugs.users,
      access: writtenBySiangOnly,
      label: { en: 'Proposed by', lo: 'ສະເໜີໂດຍ' },
      admin: { position: 'sidebar', readOnly: true },
    },
    changedByField,
    {
      name: 'acceptProposal',
      type: 'checkbox',
      virtual: true,
      access: planField,
      label: { en: 'Accept the proposed target', lo: 'ຮັບເອົາເປົ້າໝາຍທີ່ສະເໜີ' },
      admin: {
        position: 'sidebar',
        readOnly: false,
        condition: (data) => typeof data?.proposedTarget === 'number',
      },
    },
  ],
}
