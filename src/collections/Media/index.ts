import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { authors } from '../../access/authors'
import { nationalEditors } from '../../access/nationalEditors'
import { writtenBySiangOnly } from '../../access/fieldAccess'
import { mediaRead } from '../../access/mediaRead'
import { mediaField } from '../../fields/mediaFields'
import { resolveMediaDir } from '../../lib/env'
import { fileFromRequestOnly } from '../../media/hooks/fileFromRequestOnly'
import { focalPointRegeneratesSizes } from '../../media/hooks/focalPoint'
import { keepPodcastArtwork } from '../../media/hooks/keepPodcastArtwork'
import {
  holdDeletedFiles,
  holdReplacedFiles,
  releaseAfterChange,
  releaseAfterDelete,
  removeNewFilesIfWriteFails,
  undoFilesAfterError,
  undoFilesOnThrow,
} from '../../media/hooks/keepFilesInStep'
import { readMediaMetadata } from '../../media/hooks/readMediaMetadata'
import {
  deleteRenditions,
  markForRenditions,
  queueAfterUpload,
} from '../../media/hooks/renditionHooks'
import { validateUpload } from '../../media/hooks/validateUpload'
import { imageSizes } from '../../media/imageSizes'
import { MAX_INPUT_PIXELS } from '../../media/limits'
import { liteStatuses } from '../../media/renditions'
import { acceptedMimeTypes } from '../../media/sniff'
import { slugs } from '../../lib/slugs'

/** Uploaded files. Stored in MEDIA_DIR (never under public/) and served by Payload. */
export const Media: CollectionConfig = {
  slug: slugs.media,
  labels: {
    singular: { en: 'Media', lo: 'ສື່' },
    plural: { en: 'Media', lo: 'ສື່' },
  },
  admin: {
    group: { en: 'Content', lo: 'ເນື້ອຫາ' },
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
    components: {
      beforeList: ['/components/admin/LargeUploadLink#LargeUploadLink'],
      // Payload's upload field, sending the file in resumable pieces when the form is saved.
      edit: { Upload: '/components/admin/ResumableUpload#ResumableUpload' },
    },
  },
  access: {
    read: mediaRead,
    create: authors,
    update: nationalEditors,
    delete: nationalEditors,
  },
  hooks: {
    beforeOperation: [
      fileFromRequestOnly,
      validateUpload,
      focalPointRegeneratesSizes,
      holdReplacedFiles,
    ],
    beforeChange: [
      removeNewFilesIfWriteFails,
      undoFilesOnThrow(readMediaMetadata),
      markForRenditions,
    ],
    afterChange: [releaseAfterChange, queueAfterUpload],
    beforeDelete: [keepPodcastArtwork, deleteRenditions, holdDeletedFiles],
    afterDelete: [releaseAfterDelete],
    afterError: [undoFilesAfterError],
  },
  upload: {
    staticDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), resolveMediaDir()),
    mimeTypes: acceptedMimeTypes,
    // Any constructor option makes Payload re-encode the original through sharp, which drops
    // EXIF and GPS from it (the sizes never keep metadata). The pixel limit stops pixel bombs.
    constructorOptions: { limitInputPixels: MAX_INPUT_PIXELS },
    imageSizes,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: '/components/admin/MediaPreview#MediaPreview' } },
    },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { en: 'Public', lo: 'ເປີດເຜີຍ' },
      access: writtenBySiangOnly,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          en: 'Set by Siang: public while published work uses this file, private otherwise.',
          lo: 'ລະບົບກຳນົດ: ເປີດເຜີຍເມື່ອມີເນື້ອຫາທີ່ເຜີຍແຜ່ແລ້ວໃຊ້ໄຟລ໌ນີ້.',
        },
      },
    },
    {
      name: 'alt',
      type: 'text',
      localized: true,
      // For lists and filters; the form's label follows the file's kind (AltLabel).
      label: { en: 'Alt text / description', lo: 'ຄຳອະທິບາຍ' },
      admin: { components: { Label: '/components/admin/AltLabel#AltLabel' } },
    },
    // Payload's own upload field, given a label in both languages (Payload's is English only).
    { name: 'mimeType', type: 'text', label: { en: 'MIME type', lo: 'ປະເພດໄຟລ໌' } },
    {
      type: 'row',
      admin: { condition: (data) => /^(audio|video)\//.test(data?.mimeType ?? '') },
      fields: [
        {
          name: 'duration',
          type: 'number',
          access: writtenBySiangOnly,
          label: { en: 'Duration (seconds)', lo: 'ໄລຍະເວລາ (ວິນາທີ)' },
          admin: { readOnly: true },
        },
        {
          name: 'bitrate',
          type: 'number',
          access: writtenBySiangOnly,
          label: { en: 'Bitrate (kbps)', lo: 'ບິດເຣດ (kbps)' },
          admin: { readOnly: true },
        },
        {
          name: 'channels',
          type: 'number',
          access: writtenBySiangOnly,
          label: { en: 'Channels', lo: 'ຊ່ອງສຽງ' },
          admin: { readOnly: true },
        },
      ],
    },
    // The data-saver copy (src/media/renditions.ts), made by a background job.
    {
      name: 'renditions',
      type: 'ui',
      admin: {
        condition: (data) => /^(audio|video)\//.test(data?.mimeType ?? '') && !data?.renditionOf,
        components: { Field: '/components/admin/RenditionStatus#RenditionStatus' },
      },
    },
    {
      // Shown by the panel above; written only by Siang.
      type: 'row',
      fields: [
        {
          name: 'lite',
          access: writtenBySiangOnly,
          type: 'upload',
          relationTo: slugs.media,
          label: { en: 'Data-saver copy', lo: 'ສຳເນົາປະຢັດຂໍ້ມູນ' },
          admin: { readOnly: true, hidden: true },
        },
        {
          name: 'liteStatus',
          access: writtenBySiangOnly,
          type: 'select',
          options: liteStatuses.map((value) => ({ value, label: value })),
          label: { en: 'Data-saver copy: status', lo: 'ສະຖານະສຳເນົາປະຢັດຂໍ້ມູນ' },
          admin: { readOnly: true, hidden: true },
        },
        {
          name: 'liteBytes',
          access: writtenBySiangOnly,
          type: 'number',
          label: { en: 'Data-saver copy: bytes', lo: 'ຂະໜາດສຳເນົາປະຢັດຂໍ້ມູນ' },
          admin: { readOnly: true, hidden: true },
        },
        {
          name: 'liteNote',
          access: writtenBySiangOnly,
          type: 'text',
          label: { en: 'Data-saver copy: note', lo: 'ໝາຍເຫດສຳເນົາປະຢັດຂໍ້ມູນ' },
          admin: { readOnly: true, hidden: true },
        },
        {
          name: 'renditionOf',
          access: writtenBySiangOnly,
          type: 'relationship',
          relationTo: slugs.media,
          index: true,
          label: { en: 'Copy of', lo: 'ສຳເນົາຂອງ' },
          admin: { readOnly: true, hidden: true },
        },
      ],
    },
    mediaField({
      name: 'poster',
      kind: 'image',
      copies: true,
      label: { en: 'Poster image', lo: 'ຮູບໂປສເຕີ' },
      admin: {
        condition: (data) => /^video\//.test(data?.mimeType ?? ''),
        description: { en: 'Shown before the video plays.', lo: 'ສະແດງກ່ອນວິດີໂອຫຼິ້ນ.' },
      },
    }),
  ],
}
