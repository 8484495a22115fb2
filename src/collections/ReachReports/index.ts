import type { CollectionConfig, Field, NumberFieldSingleValidation } from 'payload'
import { writtenBySiangOnly } from '../../access/fieldAccess'
import { nationalEditors } from '../../access/nationalEditors'
import { keepWithinOwnProvinces, ownProvinceAccess } from '../../access/provinces'
import { periodField } from '../../fields/periodField'
import { provinceField } from '../../fields/taxonomyFields'
import { sayFor } from '../../i18n/admin'
import { roleGroups } from '../../lib/roles'
import { ageBandWords, sexWords } from '../../i18n/glossary'
import {
  isCount,
  oldAgeBands,
  bandField,
  materialTypes,
  reportSexes,
  tableBands,
} from '../../reach/reportValues'
import { slugs } from '../../lib/slugs'
import { moveReportStatus } from './hooks/moveReportStatus'
import { refuseSecondReport } from './hooks/refuseSecondReport'
import { totalsFromTable } from './hooks/totalsFromTable'

type Counts = Partial<Record<string, number | null>>
const sum = (group: Counts | undefined, keys: readonly string[]) =>
  keys.reduce((total, key) => total + (Number(group?.[key]) || 0), 0)

/** Staff read reports; a provincial editor only its own provinces'. */
const readers = ownProvinceAccess('province', roleGroups.staff)

const count: NumberFieldSingleValidation = (value, { req }) => {
  if (value === null || value === undefined) return true
  return isCount(value) ? true : sayFor(req)('reportCountInvalid')
}

/** People by age must add up to people by sex: said on each age band, so the form shows it there. */
const addsUp: NumberFieldSingleValidation = (value, options) => {
  const own = count(value, options)
  if (own !== true) return own
  const data = options.data as { reached?: Counts; reachedByAge?: Counts }
  const bySex = sum(data.reached, reportSexes)
  const byAge = sum(data.reachedByAge, oldAgeBands)
  return bySex === byAge
    ? true
    : sayFor(options.req)('reportTotalsDiffer', { byAge: String(byAge), bySex: String(bySex) })
}

const numberField = (
  name: string,
  label: { en: string; lo: string },
  validate: NumberFieldSingleValidation = count,
): Field => ({ name, type: 'number', defaultValue: 0, min: 0, validate, label })

/** A provincial committee's report for a half-year: events, people reached, materials, narrative. */
export const ReachReports: CollectionConfig = {
  slug: slugs.reachReports,
  labels: {
    singular: { en: 'Reach report', lo: 'ບົດລາຍງານການເຂົ້າເຖິງ' },
    plural: { en: 'Reach reports', lo: 'ບົດລາຍງານການເຂົ້າເຖິງ' },
  },
  admin: {
    group: { en: 'Reach', lo: 'ການເຂົ້າເຖິງ' },
    useAsTitle: 'period',
    defaultColumns: ['period', 'province', 'status', 'eventsHeld'],
  },
  defaultSort: '-period',
  access: {
    read: readers,
    create: ownProvinceAccess('province'),
    update: ownProvinceAccess('province'),
    delete: nationalEditors,
  },
  indexes: [{ fields: ['province', 'period'], unique: true }],
  hooks: {
    beforeValidate: [totalsFromTable],
    beforeChange: [
      keepWithinOwnProvinces((_, doc) => doc.province),
      moveReportStatus,
      refuseSecondReport,
    ],
  },
  fields: [
    periodField,
    provinceField,
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: [
        { value: 'draft', label: { en: 'Draft', lo: 'ສະບັບຮ່າງ' } },
        { value: 'submitted', label: { en: 'Submitted', lo: 'ສົ່ງແລ້ວ' } },
        { value: 'accepted', label: { en: 'Accepted', lo: 'ຮັບຮອງແລ້ວ' } },
      ],
      label: { en: 'Status', lo: 'ສະຖານະ' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'submittedAt',
      type: 'date',
      access: writtenBySiangOnly,
      label: { en: 'Submitted', lo: 'ສົ່ງເມື່ອ' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'acceptedAt',
      type: 'date',
      access: writtenBySiangOnly,
      label: { en: 'Accepted', lo: 'ຮັບຮອງເມື່ອ' },
      admin: { position: 'sidebar', readOnly: true },
    },
    numberField('eventsHeld', { en: 'Events held', lo: 'ຈຳນວນກິດຈະກຳ' }),
    {
      name: 'reachedBySexAge',
      type: 'group',
      label: { en: 'People reached, by sex and age', lo: 'ຈຳນວນຄົນທີ່ເຂົ້າເຖິງ ຕາມເພດ ແລະ ອາຍຸ' },
      admin: {
        description: {
          en: 'A row for each sex, a column for each age band. The totals by sex and by age below are worked out from it.',
          lo: 'ແຖວລະເພດ, ຖັນລະຊ່ວງອາຍຸ. ຍອດລວມຕາມເພດ ແລະ ຕາມອາຍຸ ຂ້າງລຸ່ມ ຄິດໄລ່ຈາກຕາຕະລາງນີ້.',
        },
      },
      fields: reportSexes.map((sex): Field => ({
        name: sex,
        type: 'group',
        label: { ...sexWords[sex] },
        fields: [
          {
            type: 'row',
            fields: tableBands.map((band) =>
              numberField(bandField[band], { ...ageBandWords[band] }),
            ),
          },
        ],
      })),
    },
    {
      type: 'collapsible',
      label: {
        en: 'Totals by sex, and by age in three bands',
        lo: 'ຍອດລວມຕາມເພດ ແລະ ຕາມອາຍຸ ສາມຊ່ວງ',
      },
      admin: {
        initCollapsed: true,
        description: {
          en: 'Worked out from the table above when it has figures. Reports made before the table have their people here only, in the three old age bands.',
          lo: 'ຄິດໄລ່ຈາກຕາຕະລາງຂ້າງເທິງ ເມື່ອມີຕົວເລກ. ບົດລາຍງານທີ່ເຮັດກ່ອນມີຕາຕະລາງ ມີຈຳນວນຄົນຢູ່ນີ້ເທົ່ານັ້ນ, ຕາມອາຍຸສາມຊ່ວງເກົ່າ.',
        },
      },
      fields: [
        {
          name: 'reached',
          type: 'group',
          label: { en: 'People reached, by sex', lo: 'ຈຳນວນຄົນທີ່ເຂົ້າເຖິງ ຕາມເພດ' },
          fields: reportSexes.map((sex) => numberField(sex, { ...sexWords[sex] })),
        },
        {
          name: 'reachedByAge',
          type: 'group',
          label: { en: 'People reached, by age', lo: 'ຈຳນວນຄົນທີ່ເຂົ້າເຖິງ ຕາມອາຍຸ' },
          fields: [
            numberField('under15', { en: 'Under 15', lo: 'ຕ່ຳກວ່າ 15 ປີ' }, addsUp),
            numberField('from15to24', { en: '15 to 24', lo: '15–24 ປີ' }, addsUp),
            numberField('from25', { en: '25 and over', lo: '25 ປີຂຶ້ນໄປ' }, addsUp),
          ],
        },
      ],
    },
    {
      name: 'materials',
      type: 'array',
      label: { en: 'Materials distributed', lo: 'ເອກະສານ ແລະ ສື່ທີ່ແຈກຢາຍ' },
      labels: {
        singular: { en: 'Material', lo: 'ເອກະສານ ຫຼື ສື່' },
        plural: { en: 'Materials', lo: 'ເອກະສານ ແລະ ສື່' },
      },
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          options: [...materialTypes],
          label: { en: 'Type', lo: 'ປະເພດ' },
        },
        numberField('count', { en: 'Count', lo: 'ຈຳນວນ' }),
      ],
    },
    { name: 'narrative', type: 'textarea', label: { en: 'Narrative', lo: 'ບົດບັນຍາຍ' } },
  ],
}
