import type { PayloadRequest } from 'payload'
import { sayFor } from '../i18n/admin'
import { isHttpUrl } from '../lib/urls'

/** A text field holding a web address (http or https), or nothing. */
export const urlValidation = (
  value: string | null | undefined,
  { req }: { req: Pick<PayloadRequest, 't'> },
): true | string => (!value || isHttpUrl(value) ? true : sayFor(req)('notWebAddress', { value }))
