import type { NumberField, UploadField } from 'payload'
import { writtenBySiangOnly } from '../access/fieldAccess'
import { slugs } from '../lib/slugs'

type Kind = 'image' | 'audio' | 'video' | 'captions'

const mimeFilter: Record<Kind, object> = {
  image: { mimeType: { contains: 'image/' } },
  audio: { mimeType: { contains: 'audio/' } },
  video: { mimeType: { contains: 'video/' } },
  captions: { mimeType: { equals: 'text/vtt' } },
}

/** Siang's own copies (data-saver renditions, poster frames) are never offered for picking. */
const notACopy = { renditionOf: { exists: false } }

type Options = Partial<Omit<UploadField, 'type' | 'relationTo' | 'name'>> & {
  name: string
  kind: Kind
  label: { en: string; lo: string }
  /** Offer Siang's own copies too (a video's poster may be a frame Siang took). */
  copies?: boolean
}

/** An upload field that only offers media of one kind, and none of Siang's copies. */
export function mediaField({ name, kind, label, copies, ...rest }: Options): UploadField {
  return {
    name,
    type: 'upload',
    relationTo: slugs.media,
    label,
    filterOptions: (copies
      ? mimeFilter[kind]
      : { and: [mimeFilter[kind], notACopy] }) as UploadField['filterOptions'],
    ...rest,
  } as UploadField
}

export const durationField: NumberField = {
  name: 'duration',
  type: 'number',
  access: writtenBySiangOnly,
  label: { en: 'Duration (seconds)', lo: 'ໄລຍະເວລາ (ວິນາທີ)' },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: { en: 'Copied from the media file.', lo: 'ເອົາມາຈາກໄຟລ໌ສື່.' },
  },
}

/** One WebVTT file per locale. */
export function captionsField(): UploadField {
  return mediaField({
    name: 'captions',
    kind: 'captions',
    localized: true,
    label: { en: 'Captions (WebVTT)', lo: 'ຄຳບັນຍາຍ (WebVTT)' },
    admin: {
      description: { en: 'One caption file per language.', lo: 'ໄຟລ໌ຄຳບັນຍາຍໜຶ່ງຕໍ່ພາສາ.' },
    },
  })
}
