import type {
  Access,
  CollectionBeforeChangeHook,
  CollectionConfig,
  PayloadRequest,
  Validate,
} from 'payload'
import { checkRole } from '../../access/checkRole'
import { staff } from '../../access/staff'
import { mustExist } from '../../fields/mustExist'
import { assertAssignable, assertEditable } from '../../hooks/editorialScope'
import { refIds } from '../../hooks/provinceScope'
import { sayFor } from '../../i18n/admin'
import { isProvincialOnly } from '../../lib/roles'
import { slugs } from '../slugs'

/** What a station airs: spots, drama episodes and songs. */
export const airable = [slugs.radioSpots, slugs.tvSpots, slugs.episodes, slugs.songs] as const

export const broadcastStatuses = ['planned', 'aired', 'missed', 'moved'] as const
export type BroadcastStatus = (typeof broadcastStatuses)[number]

const mine = (user: unknown) => refIds((user as { provinces?: unknown } | null)?.provinces)

/** A provincial editor logs broadcasts only for the stations of its own provinces. */
const broadcastWriters: Access = ({ req: { user } }) => {
  if (!checkRole(['admin', 'editor', 'provincial-editor'], user)) return false
  if (!isProvincialOnly(user)) return true
  return { 'station.province': { in: mine(user) } }
}

async function stationProvince(req: PayloadRequest, station: unknown): Promise<unknown> {
  const id = station && typeof station === 'object' ? (station as { id: unknown }).id : station
  if (id === null || id === undefined || id === '') return null
  const doc = await req.payload
    .findByID({ collection: slugs.stations, id: id as number, depth: 0, req, disableErrors: true })
    .catch(() => null)
  return doc?.province ?? null
}

/** Where the station lies decides, before and after the write. */
const keepToOwnStations: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!isProvincialOnly(req.user)) return data
  const say = sayFor(req)
  if (operation === 'update')
    assertEditable(
      { provinces: [await stationProvince(req, originalDoc?.station)] },
      mine(req.user),
      say,
    )
  const station = data.station ?? (operation === 'update' ? originalDoc?.station : null)
  assertAssignable([await stationProvince(req, station)], mine(req.user), say)
  return data
}

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
  },
  defaultSort: '-plannedAt',
  access: {
    read: staff,
    create: broadcastWriters,
    update: broadcastWriters,
    delete: broadcastWriters,
  },
  hooks: { beforeChange: [keepToOwnStations] },
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
      options: [
        { value: 'planned', label: { en: 'Planned', lo: 'ກຳນົດໄວ້' } },
        { value: 'aired', label: { en: 'Aired', lo: 'ອອກອາກາດແລ້ວ' } },
        { value: 'missed', label: { en: 'Missed', lo: 'ບໍ່ໄດ້ອອກອາກາດ' } },
        { value: 'moved', label: { en: 'Moved', lo: 'ເລື່ອນເວລາ' } },
      ],
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
  ],
}
