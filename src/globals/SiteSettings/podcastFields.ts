import type { GroupField, PayloadRequest } from 'payload'
import { slugs } from '../../lib/slugs'
import { sayFor } from '../../i18n/admin'
import { fitsPodcastArtwork, pictureSize } from '../../media/podcastArtwork'

/** The artwork must fit podcast apps' rules, or the feeds would be refused by them. */
async function validateArtwork(
  value: unknown,
  { req }: { req: PayloadRequest },
): Promise<true | string> {
  const id = value && typeof value === 'object' ? (value as { id: unknown }).id : value
  if (id === null || id === undefined || id === '') return true
  const picture = await req.payload.findByID({
    collection: slugs.media,
    id: id as number,
    depth: 0,
    req,
    disableErrors: true,
    select: { width: true, height: true, mimeType: true },
  })
  if (!picture) return true // Payload's own relationship check reports a missing document.
  return (
    fitsPodcastArtwork(picture) || sayFor(req)('podcastArtwork', { size: pictureSize(picture) })
  )
}

/** What podcast apps require of every feed's channel: artwork and an owner to contact. */
export const podcastFields: GroupField = {
  name: 'podcast',
  type: 'group',
  label: { en: 'Podcast feeds', lo: 'ຟີດພອດແຄສ' },
  admin: {
    description: {
      en: 'Apple Podcasts and Spotify refuse a feed without artwork and an owner.',
      lo: 'Apple Podcasts ແລະ Spotify ບໍ່ຮັບຟີດທີ່ບໍ່ມີຮູບ ແລະ ເຈົ້າຂອງ.',
    },
  },
  fields: [
    {
      name: 'artwork',
      type: 'upload',
      relationTo: slugs.media,
      filterOptions: { mimeType: { in: ['image/jpeg', 'image/png'] } },
      validate: validateArtwork as never,
      label: { en: 'Artwork', lo: 'ຮູບປົກ' },
      admin: {
        description: {
          en: 'Square, 1400 to 3000 pixels, JPEG or PNG.',
          lo: 'ສີ່ຫຼ່ຽມຈະຕຸລັດ, 1400 ຫາ 3000 ພິກເຊວ, JPEG ຫຼື PNG.',
        },
      },
    },
    {
      name: 'ownerName',
      type: 'text',
      localized: true,
      label: { en: 'Owner', lo: 'ເຈົ້າຂອງ' },
    },
    {
      name: 'ownerEmail',
      type: 'email',
      label: { en: 'Owner e-mail', lo: 'ອີເມວເຈົ້າຂອງ' },
      admin: {
        description: {
          en: 'Podcast directories write here to confirm who owns the feeds. Shown in the feeds.',
          lo: 'ບັນດາລາຍຊື່ພອດແຄສຂຽນມາທີ່ນີ້ ເພື່ອຢືນຢັນເຈົ້າຂອງຟີດ. ສະແດງຢູ່ໃນຟີດ.',
        },
      },
    },
  ],
}
