import type { CollectionConfig, Field, PayloadRequest } from 'payload'
import { mediaField } from '../../fields/mediaFields'
import { mustExist } from '../../fields/mustExist'
import { sayFor } from '../../i18n/admin'
import { contentCollection } from '../content'
import { slugs, type ContentSlug } from '../../lib/slugs'
import { glossary, labelsOf, pluralOf, type Word } from '../../i18n/glossary'

const material: {
  slug: Exclude<ContentSlug, 'campaigns'>
  name: string
  label: Word
}[] = [
  { slug: slugs.songs, name: 'songs', label: pluralOf(glossary.song) },
  { slug: slugs.dramas, name: 'dramas', label: pluralOf(glossary.drama) },
  { slug: slugs.episodes, name: 'episodes', label: pluralOf(glossary.episode) },
  { slug: slugs.radioSpots, name: 'radioSpots', label: pluralOf(glossary.radioSpot) },
  { slug: slugs.tvSpots, name: 'tvSpots', label: pluralOf(glossary.tvSpot) },
  { slug: slugs.socialPosts, name: 'socialPosts', label: pluralOf(glossary.socialPost) },
  { slug: slugs.news, name: 'news', label: pluralOf(glossary.news) },
]

const materialJoins: Field[] = material.map(({ slug, name, label }) => ({
  name,
  type: 'join',
  collection: slug,
  on: 'campaigns',
  label,
  admin: { defaultColumns: ['title', '_status'] },
}))

export const Campaigns: CollectionConfig = contentCollection({
  slug: slugs.campaigns,
  idPrefix: 'campaign',
  labels: labelsOf(glossary.campaign),
  defaultColumns: ['title', 'startDate', 'endDate', '_status'],
  fields: [
    { name: 'summary', type: 'textarea', localized: true, label: { en: 'Summary', lo: 'ສະຫຼຸບ' } },
    {
      name: 'keyMessages',
      type: 'array',
      label: { en: 'Key messages', lo: 'ຂໍ້ຄວາມຫຼັກ' },
      labels: {
        singular: { en: 'Key message', lo: 'ຂໍ້ຄວາມຫຼັກ' },
        plural: { en: 'Key messages', lo: 'ຂໍ້ຄວາມຫຼັກ' },
      },
      fields: [
        {
          name: 'message',
          type: 'text',
          localized: true,
          required: true,
          label: { en: 'Message', lo: 'ຂໍ້ຄວາມ' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', label: { en: 'Starts', lo: 'ເລີ່ມ' } },
        {
          name: 'endDate',
          type: 'date',
          label: { en: 'Ends', lo: 'ສິ້ນສຸດ' },
          validate: (
            value: Date | string | null | undefined,
            { siblingData, req }: { siblingData: { startDate?: string }; req: PayloadRequest },
          ) =>
            !value || !siblingData.startDate || new Date(value) >= new Date(siblingData.startDate)
              ? true
              : sayFor(req)('endBeforeStart'),
        },
      ],
    },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: slugs.partners,
      hasMany: true,
      filterOptions: mustExist,
      label: { en: 'Partners', lo: 'ຄູ່ຮ່ວມງານ' },
    },
    mediaField({ name: 'heroImage', kind: 'image', label: { en: 'Hero image', lo: 'ຮູບຫຼັກ' } }),
    {
      type: 'collapsible',
      label: { en: 'Material in this campaign', lo: `ເນື້ອຫາໃນ${glossary.campaign.lo}` },
      fields: materialJoins,
    },
  ],
})
