import type { CollectionBeforeOperationHook } from 'payload'
import { forbidWith } from '../../access/forbid'

/**
 * Payload's own upload fields, which it fills in from the file, and the storage prefix, which
 * comes from the storage settings: never from a caller.
 */
const fromTheFile = ['mimeType', 'filesize', 'width', 'height', 'prefix'] as const

/**
 * For every API caller (REST, GraphQL, the Local API as a user):
 * - A media document is made from a file sent with the request, never from an address. Payload
 *   would fetch `{"filename","url"}` itself, server-side, reading it whole into memory and past
 *   Siang's checks (validateUpload), so such a create is refused with 400. Duplicating a document
 *   copies a file Siang already checked, and stays allowed.
 * - The file's type, size and dimensions come from the file alone: values a caller writes are
 *   dropped, so a document cannot claim to be audio when its bytes are an image.
 * Siang's own Local API calls (renditions, the seed) skip access and pass through unchanged.
 */
export const fileFromRequestOnly: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if ((operation !== 'create' && operation !== 'update') || overrideAccess) return args
  if (operation === 'create' && !req.file && !args.duplicateFromID)
    forbidWith(
      400,
      'Send the file itself with the request (multipart field "file"). Siang does not fetch files from an address.',
    )
  const data = args.data as Record<string, unknown> | undefined
  if (data && typeof data === 'object') for (const key of fromTheFile) delete data[key]
  return args
}
