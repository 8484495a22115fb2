import type { CollectionConfig, Field, PayloadRequest } from 'payload'
import { mediaField } from '../../fields/mediaFields'
import { mustExist } from '../../fields/mustExist'
import { sayFor } from '../../i18n/admin'
import { contentCollection } from '../content'
import { slugs, type ContentSlug } from '../slugs'

const material: {
  slug: Exclude<ContentSlug, 'campaigns'>
  name: string
  label: { en: string; lo: string }
}[] = [
  { slug: slugs.songs, name: 'songs', label: { en: 'Songs', lo: 'ເພງ' } },
  { slug: slugs.dramas, name: 'dramas', label: { en: 'Dramas', lo: 'ລະຄອນ' } },
  { slug: slugs.episodes, name: 'episodes', label: { en: 'Episodes', lo: 'ຕອນ' } },
  { slug: slugs.radioSpots, name: 'radioSpots', label: { en: 'Radio spots', lo: 'ສະປອດວິທະຍຸ' } },
  { slug: slugs.tvSpots, name: 'tvSpots', label: { en: 'TV spots', lo: 'ສະປອດໂທລະທັດ' } },
  { slug: slugs.socialPosts, name: 'socialPosts', label: { en: 'Social posts', lo: 'ໂພສໂຊຊຽວ' } },
  { slug: slugs.news, name: 'news', label: { en: 'News', lo: 'ຂ່າວ' } },
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
  labels: {
    singular: { en: 'Campaign', lo: 'ຂະບວນການ' },
    plural: { en: 'Campaigns', lo: 'ຂະບວນການ' },
  },
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
      label: { en: 'Material in this campaign', lo: 'ເນື້ອຫາໃນຂະບວນການ' },
      fields: materialJoins,
    },
  ],
})
