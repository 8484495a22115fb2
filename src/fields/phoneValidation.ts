import type { PayloadRequest } from 'payload'
import { sayFor } from '../i18n/admin'

/** A phone number as people write it: digits, spaces, dashes, a leading +. Required. */
export const phoneValidation = (
  value: string | null | undefined,
  { req }: { req: Pick<PayloadRequest, 't'> },
): true | string =>
  value && /^\+?[0-9][0-9 -]{1,18}$/.test(value.trim()) ? true : sayFor(req)('phoneNumber')

/** The same check, for a field that may be left empty. */
export const optionalPhoneValidation = (
  value: string | null | undefined,
  options: { req: Pick<PayloadRequest, 't'> },
): true | string => (!value ? true : phoneValidation(value, options))
