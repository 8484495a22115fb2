import type { CollectionConfig, PayloadRequest, Validate } from 'payload'
import { keepWithinOwnProvinces, ownProvinceAccess } from '../../access/provinces'
import { writtenBySiangOnly } from '../../access/fieldAccess'
import { staff } from '../../access/staff'
import { mustExist } from '../../fields/mustExist'
import { sayFor } from '../../i18n/admin'
import { importEndpoint } from '../../reach/importEndpoint'
import { slugs } from '../../lib/slugs'
import { identifySlot } from './slot'
import { airable, broadcastStatuses, broadcastStatusLabels, type BroadcastStatus } from './values'

export { airable, broadcastStatuses, type Airable, type BroadcastStatus } from './values'

async function stationProvince(req: PayloadRequest, station: unknown): Promise<unknown> {
  const id = station && typeof station === 'object' ? (station as { id: unknown }).id : station
  if (id === null || id === undefined || id === '') return null
  const doc = await req.payload
    .findByID({ collection: slugs.stations, id: id as number, depth: 0, req, disableErrors: true })
    .catch(() => null)
  return doc?.province ?? null
}

/** A provincial editor logs broadcasts only for the stations of its own provinces. */
const writers = ownProvinceAccess('station.province')

/** An aired or moved broadcast says when it went out; a planned or missed one has no such time. */
const airedAtMatchesStatus: Validate = (value, { siblingData, req }) => {
  const status = (siblingData as { status?: BroadcastStatus }).status ?? 'planned'
  const say = sayFor(req)
  if ((status === 'aired' || status === 'moved') && !value) return say('broadcastNeedsAiredAt')
  if ((status === 'planned' || status === 'missed') && value) return say('broadcastNoAiredAt')
  return true
}

/** The airing log: what was booked on which station, and whether it went out. Staff only. */
export const Broadcasts: CollectionConfig = {
  slug: slugs.broadcasts,
  labels: {
    singular: { en: 'Broadcast', lo: 'ການອອກອາກາດ' },
    plural: { en: 'Broadcasts', lo: 'ບັນທຶກການອອກອາກາດ' },
  },
  admin: {
    group: { en: 'Reach', lo: 'ການເຂົ້າເຖິງ' },
    defaultColumns: ['item', 'station', 'plannedAt', 'status', 'airedAt'],
    components: {
      // A link to /admin/broadcast-import, for those who may write the log.
      beforeList: ['/components/admin/BroadcastImportLink#BroadcastImportLink'],
    },
  },
  defaultSort: '-plannedAt',
  // POST /api/broadcasts/import: a station's log as CSV (src/reach/import.ts).
  endpoints: [importEndpoint],
  access: {
    read: staff,
    create: writers,
    update: writers,
    delete: writers,
  },
  hooks: {
    beforeChange: [
      keepWithinOwnProvinces((req, doc) => stationProvince(req, doc.station)),
      identifySlot,
    ],
  },
  fields: [
    {
      name: 'item',
      type: 'relationship',
      relationTo: [...airable],
      required: true,
      label: { en: 'Spot, episode or song', lo: 'ສະປອດ, ຕອນລະຄອນ ຫຼື ເພງ' },
    },
    {
      name: 'station',
      type: 'relationship',
      relationTo: slugs.stations,
      required: true,
      index: true,
      filterOptions: mustExist,
      label: { en: 'Station', lo: 'ສະຖານີ' },
    },
    {
      name: 'plannedAt',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: { en: 'Planned for', lo: 'ກຳນົດອອກອາກາດ' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      index: true,
      options: broadcastStatuses.map((value) => ({ value, label: broadcastStatusLabels[value] })),
      label: { en: 'Status', lo: 'ສະຖານະ' },
    },
    {
      name: 'airedAt',
      type: 'date',
      validate: airedAtMatchesStatus,
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          en: 'When it actually went out: needed when aired or moved.',
          lo: 'ເວລາທີ່ອອກອາກາດແທ້: ຕ້ອງໃສ່ເມື່ອອອກອາກາດແລ້ວ ຫຼື ເລື່ອນເວລາ.',
        },
      },
      label: { en: 'Aired at', lo: 'ອອກອາກາດເວລາ' },
    },
    { name: 'note', type: 'textarea', label: { en: 'Note', lo: 'ໝາຍເຫດ' } },
    {
      // Station, item and planned time in one value, unique (./slot.ts).
      name: 'slot',
      type: 'text',
      unique: true,
      access: writtenBySiangOnly,
      admin: { hidden: true },
      label: { en: 'Booking', lo: 'ການຈອງ' },
    },
  ],
}
