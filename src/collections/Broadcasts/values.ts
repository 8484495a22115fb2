import { slugs } from '../../lib/slugs'

/** What a station airs: spots, drama episodes and songs. */
export const airable = [slugs.radioSpots, slugs.tvSpots, slugs.episodes, slugs.songs] as const
export type Airable = (typeof airable)[number]

export const broadcastStatuses = ['planned', 'aired', 'missed', 'moved'] as const
export type BroadcastStatus = (typeof broadcastStatuses)[number]

export const broadcastStatusLabels: Record<BroadcastStatus, { en: string; lo: string }> = {
  planned: { en: 'Planned', lo: 'ກຳນົດໄວ້' },
  aired: { en: 'Aired', lo: 'ອອກອາກາດແລ້ວ' },
  missed: { en: 'Missed', lo: 'ບໍ່ໄດ້ອອກອາກາດ' },
  moved: { en: 'Moved', lo: 'ເລື່ອນເວລາ' },
}

type Id = number | string

/**
 * Which booking a broadcast is: its station, item and planned time. Unique among broadcasts
 * (the `slot` field's index): an import run twice, or two imports at once, cannot log one
 * booking twice.
 */
export const broadcastSlot = (
  station: Id,
  type: string,
  item: Id,
  plannedAt: string | Date,
): string => `${station}|${type}|${item}|${new Date(plannedAt).toISOString()}`
