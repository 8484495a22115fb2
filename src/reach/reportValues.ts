/**
 * The values of a provincial reach report's fields, which the collection
 * (src/collections/ReachReports), the summary and the admin's reach views all name.
 */
import { glossary, pluralOf } from '../i18n/glossary'

export const reportStatuses = ['draft', 'submitted', 'accepted'] as const
export type ReportStatus = (typeof reportStatuses)[number]

export const sexes = ['female', 'male', 'other'] as const
export const ageBands = ['under15', 'from15to24', 'from25'] as const

/** What a province hands out, as the report counts it. */
export const materialTypes = [
  { value: 'songs', label: pluralOf(glossary.song) },
  { value: 'dramas', label: pluralOf(glossary.drama) },
  { value: 'radio-spots', label: pluralOf(glossary.radioSpot) },
  { value: 'tv-spots', label: pluralOf(glossary.tvSpot) },
  { value: 'social-posts', label: pluralOf(glossary.socialPost) },
  { value: 'print', label: { en: 'Posters and leaflets', lo: 'ໂປສເຕີ ແລະ ໃບປິວ' } },
  { value: 'other', label: { en: 'Other', lo: 'ອື່ນໆ' } },
] as const
