import type { GeneratePreviewURL } from 'payload'
import { isLocale } from '../lib/locales'
import { previewPath } from './signature'

/**
 * The admin's Preview button (`admin.preview` on every content collection): a signed link to the
 * draft on the public page design, in the language being edited. Made on the server, where the
 * secret is.
 */
export const adminPreview =
  (collection: string): GeneratePreviewURL =>
  (doc, { locale }) =>
    doc?.id === undefined || doc.id === null
      ? null
      : previewPath({ collection, id: String(doc.id), locale: isLocale(locale) ? locale : 'lo' })
