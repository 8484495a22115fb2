import type { CollectionConfig, TextareaFieldValidation } from 'payload'
import { platformLengthErrors, platforms } from '../../lib/platforms'
import { sayFor } from '../../i18n/admin'
import { urlValidation } from '../../fields/urlValidation'
import { contentCollection } from '../content'
import { slugs } from '../../lib/slugs'
import { glossary, labelsOf } from '../../i18n/glossary'

/** Each chosen platform's length limit, with a message that names the platform. */
const validateBody: TextareaFieldValidation = (value, { siblingData, req }) => {
  const data = siblingData as { platforms?: string[]; hashtags?: string[] | null }
  const errors = platformLengthErrors(
    data.platforms ?? [],
    value ?? '',
    data.hashtags ?? [],
    sayFor(req),
  )
  return errors.length ? errors.join(' ') : true
}

export const SocialPosts: CollectionConfig = contentCollection({
  slug: slugs.socialPosts,
  idPrefix: 'post',
  labels: labelsOf(glossary.socialPost),
  defaultColumns: ['title', 'platforms', 'scheduledFor', '_status'],
  fields: [
    {
      name: 'platforms',
      type: 'select',
      hasMany: true,
      required: true,
      options: platforms.map(({ value, label }) => ({ value, label })),
      label: { en: 'Platforms', lo: 'ແພລດຟອມ' },
    },
    {
      name: 'body',
      type: 'textarea',
      localized: true,
      validate: validateBody,
      label: { en: 'Post text', lo: 'ຂໍ້ຄວາມ' },
    },
    {
      name: 'hashtags',
      type: 'text',
      hasMany: true,
      label: { en: 'Hashtags', lo: 'ແຮັດແທັກ' },
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: slugs.media,
      hasMany: true,
      label: { en: 'Images or video', lo: 'ຮູບ ຫຼື ວິດີໂອ' },
    },
    { name: 'link', type: 'text', validate: urlValidation, label: { en: 'Link', lo: 'ລິ້ງ' } },
    {
      name: 'scheduledFor',
      type: 'date',
      label: { en: 'Scheduled for', lo: 'ກຳນົດໂພສ' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'postedUrls',
      type: 'array',
      label: { en: 'Posted on', lo: 'ໂພສແລ້ວທີ່' },
      labels: {
        singular: { en: 'Posted link', lo: 'ລິ້ງຂອງໂພສ' },
        plural: { en: 'Posted links', lo: 'ລິ້ງຂອງໂພສ' },
      },
      admin: {
        description: {
          en: 'The address of each platform’s post once it is out.',
          lo: 'ລິ້ງຂອງໂພສໃນແຕ່ລະແພລດຟອມ.',
        },
      },
      fields: [
        {
          name: 'platform',
          type: 'select',
          required: true,
          options: platforms.map(({ value, label }) => ({ value, label })),
        },
        { name: 'url', type: 'text', required: true, validate: urlValidation },
      ],
    },
  ],
})
