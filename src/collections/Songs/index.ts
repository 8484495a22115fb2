import type { CollectionConfig } from 'payload'
import { languageField } from '../../fields/languageField'
import { mediaField } from '../../fields/mediaFields'
import { contentCollection } from '../content'
import { slugs } from '../../lib/slugs'
import { glossary, labelsOf } from '../../i18n/glossary'

export const Songs: CollectionConfig = contentCollection({
  slug: slugs.songs,
  embeddable: true,
  inFeeds: true,
  idPrefix: 'song',
  labels: labelsOf(glossary.song),
  durationFrom: 'audio',
  fields: [
    {
      name: 'artists',
      type: 'text',
      hasMany: true,
      label: { en: 'Artists', lo: 'ນັກຮ້ອງ / ສິລະປິນ' },
    },
    mediaField({ name: 'audio', kind: 'audio', label: { en: 'Audio', lo: 'ສຽງ' } }),
    mediaField({
      name: 'musicVideo',
      kind: 'video',
      label: { en: 'Music video', lo: 'ມິວສິກວິດີໂອ' },
    }),
    mediaField({ name: 'cover', kind: 'image', label: { en: 'Cover image', lo: 'ຮູບປົກ' } }),
    {
      name: 'coverCheck',
      type: 'ui',
      admin: { components: { Field: '/components/admin/ArtworkCheck#ArtworkCheck' } },
    },
    languageField({ en: 'Performance language', lo: 'ພາສາທີ່ຮ້ອງ' }),
    {
      name: 'lyrics',
      type: 'richText',
      localized: true,
      label: { en: 'Lyrics', lo: 'ເນື້ອເພງ' },
    },
    {
      name: 'credits',
      type: 'textarea',
      localized: true,
      label: { en: 'Credits', lo: 'ຜູ້ຮ່ວມສ້າງ' },
    },
  ],
})
