/**
 * Signed preview links: an HMAC over what the link shows and until when, keyed from
 * PAYLOAD_SECRET, which never leaves the server. A link alone shows nothing: the preview also
 * needs a signed-in staff member who may read the draft (./answer.tsx). No Next imports.
 */
import crypto from 'node:crypto'
import { isLocale, type Locale } from '../lib/locales'
import { resolveSecret } from '../lib/env'

/** How long a link works: a reviewer's day. The admin makes a new one each time it opens. */
export const PREVIEW_LIFETIME_SECONDS = 24 * 60 * 60

export const PREVIEW_PREFIX = '/preview'

export type PreviewTarget = { collection: string; id: string; locale: Locale }

function signatureOf({ collection, id, locale }: PreviewTarget, expires: number, secret: string) {
  const key = crypto.createHmac('sha256', secret).update('siang:preview').digest()
  return crypto
    .createHmac('sha256', key)
    .update([collection, id, locale, expires].join('\n'))
    .digest('base64url')
}

/** The site-relative address of a signed preview of one document in one language. */
export function previewPath(
  target: PreviewTarget,
  { now = Date.now(), secret = resolveSecret() }: { now?: number; secret?: string } = {},
): string {
  const expires = Math.floor(now / 1000) + PREVIEW_LIFETIME_SECONDS
  const query = new URLSearchParams({
    locale: target.locale,
    expires: String(expires),
    signature: signatureOf(target, expires, secret),
  })
  const { collection, id } = target
  return `${PREVIEW_PREFIX}/${encodeURIComponent(collection)}/${encodeURIComponent(id)}?${query}`
}

export type Checked = { ok: true; locale: Locale } | { ok: false; why: 'invalid' | 'expired' }

/** Whether a preview link's query is a signature of this document that has not expired. */
export function checkPreview(
  collection: string,
  id: string,
  query: URLSearchParams,
  { now = Date.now(), secret = resolveSecret() }: { now?: number; secret?: string } = {},
): Checked {
  const locale = query.get('locale') ?? ''
  const expires = Number(query.get('expires'))
  const given = Buffer.from(query.get('signature') ?? '')
  if (!isLocale(locale) || !Number.isSafeInteger(expires)) return { ok: false, why: 'invalid' }
  const wanted = Buffer.from(signatureOf({ collection, id, locale }, expires, secret))
  if (given.length !== wanted.length || !crypto.timingSafeEqual(given, wanted))
    return { ok: false, why: 'invalid' }
  if (expires * 1000 <= now) return { ok: false, why: 'expired' }
  return { ok: true, locale }
}
