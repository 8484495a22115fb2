import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  SelectField,
} from 'payload'
import { nationalEditors } from '../../access/nationalEditors'
import { changedByField, recordChanger } from '../../fields/changedBy'
import { restoreByNationalEditors } from '../../hooks/restoreByNationalEditors'
import { staff } from '../../access/staff'
import { sayFor } from '../../i18n/admin'
import { slugs } from '../../lib/slugs'
import {
  disaggregations,
  indicatorSources,
  sourceOf,
  sourceNames,
  units,
  type Disaggregation,
} from '../../reach/indicators/sources'
import { disaggregationWords, unitWords } from '../../reach/indicators/words'

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** A computed indicator's unit is its source's; its breakdowns are those its source can give. */
const followSource: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const source = sourceOf(String(data.source ?? originalDoc?.source ?? ''))
  if (source?.unit) data.unit = source.unit
  return data
}

/** An indicator taken out of the plan takes its targets with it (they name it, and nothing else). */
const forgetTargets: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: slugs.targets,
    where: { indicator: { equals: id } },
    overrideAccess: true,
    req,
  })
}

const sourceField: SelectField = {
  name: 'source',
  type: 'select',
  required: true,
  defaultValue: 'manual',
  options: sourceNames.map((value) => ({ value, label: indicatorSources[value].label })),
  label: { en: 'Source', lo: 'ແຫຼ່ງຂໍ້ມູນ' },
  admin: {
    description: {
      en: 'Computed from Siang’s own figures, or entered by hand on each target.',
      lo: 'ຄິດໄລ່ຈາກຕົວເລກຂອງ ສຽງ ເອງ, ຫຼື ປ້ອນດ້ວຍມືໃນແຕ່ລະເປົ້າໝາຍ.',
    },
  },
}

/**
 * One measure of the committee's monitoring plan: people reached, broadcasts aired, knowledge
 * measured by quizzes… Its targets, per province (or national) and half-year, are in `targets`;
 * its actual is computed from Siang's own figures or entered by hand (src/reach/indicators).
 * National editors keep the plan; all staff read it.
 */
export const Indicators: CollectionConfig = {
  slug: slugs.indicators,
  labels: {
    singular: { en: 'Indicator', lo: 'ຕົວຊີ້ວັດ' },
    plural: { en: 'Indicators', lo: 'ຕົວຊີ້ວັດ' },
  },
  admin: {
    group: { en: 'Reach', lo: 'ການເຂົ້າເຖິງ' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'source', 'unit', 'direction'],
  },
  defaultSort: 'order',
  // Every change kept (0: no limit), with who made it (changedBy): the plan's audit trail;
  // restored by national editors only.
  versions: { maxPerDoc: 0 },
  access: {
    read: staff,
    readVersions: staff,
    create: nationalEditors,
    update: nationalEditors,
    delete: nationalEditors,
  },
  hooks: {
    beforeOperation: [restoreByNationalEditors],
    beforeChange: [followSource, recordChanger],
    beforeDelete: [forgetTargets],
  },
  fields: [
    changedByField,
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Name', lo: 'ຊື່' },
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown, { req }: { req: Parameters<typeof sayFor>[0] }) =>
        typeof value === 'string' && SLUG.test(value) && value.length <= 60
          ? true
          : sayFor(req)('indicatorSlugFormat'),
      label: { en: 'Short name (in addresses and exports)', lo: 'ຊື່ສັ້ນ (ໃນທີ່ຢູ່ ແລະ ການສົ່ງອອກ)' },
    },
    {
      name: 'definition',
      type: 'textarea',
      localized: true,
      label: { en: 'Definition', lo: 'ນິຍາມ' },
    },
    sourceField,
    {
      name: 'unit',
      type: 'select',
      required: true,
      defaultValue: 'people',
      options: units.map((value) => ({ value, label: unitWords[value] })),
      label: { en: 'Unit', lo: 'ຫົວໜ່ວຍ' },
      admin: {
        description: {
          en: 'A computed indicator takes its source’s unit. A per cent is a rate; anything else is a count, due in proportion to the days gone.',
          lo: 'ຕົວຊີ້ວັດທີ່ຄິດໄລ່ ໃຊ້ຫົວໜ່ວຍຂອງແຫຼ່ງຂໍ້ມູນ. ເປີເຊັນແມ່ນອັດຕາ; ອື່ນໆແມ່ນຈຳນວນ ທີ່ຄາດໄວ້ຕາມຈຳນວນມື້ທີ່ຜ່ານໄປ.',
        },
      },
    },
    {
      name: 'direction',
      type: 'select',
      required: true,
      defaultValue: 'higher',
      options: [
        { value: 'higher', label: { en: 'Higher is better', lo: 'ສູງກວ່າແມ່ນດີກວ່າ' } },
        { value: 'lower', label: { en: 'Lower is better', lo: 'ຕ່ຳກວ່າແມ່ນດີກວ່າ' } },
      ],
      label: { en: 'Direction', lo: 'ທິດທາງ' },
    },
    {
      name: 'disaggregations',
      type: 'select',
      hasMany: true,
      options: disaggregations.map((value) => ({ value, label: disaggregationWords[value] })),
      validate: (
        value: unknown,
        { data, req }: { data: unknown; req: Parameters<typeof sayFor>[0] },
      ) => {
        const source = sourceOf(String((data as { source?: unknown })?.source ?? ''))
        const asked = (Array.isArray(value) ? value : []) as Disaggregation[]
        const unsupported = source ? asked.filter((d) => !source.supports.includes(d)) : []
        return unsupported.length
          ? sayFor(req)('indicatorBreakdown', {
              breakdowns: unsupported.map((d) => disaggregationWords[d].en).join(', '),
            })
          : true
      },
      label: { en: 'Breakdowns', lo: 'ການແຍກຍ່ອຍ' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      label: { en: 'Order in the plan', lo: 'ລຳດັບໃນແຜນ' },
      admin: { position: 'sidebar' },
    },
  ],
}
