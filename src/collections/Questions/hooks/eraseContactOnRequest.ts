import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Staff may erase a sender's contact details at once, before the purge would (for example once
 * the person is safe, or asks for it): ticking `eraseContact` empties `contact` and stamps
 * `contactErasedAt`, as the purge does (src/help/purge.ts). The tick itself is never stored, and
 * nothing can put a contact back: the field is written by Siang only.
 */
export const eraseContactOnRequest: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const asked = data.eraseContact === true
  delete data.eraseContact
  if (asked && originalDoc?.contact) {
    data.contact = null
    data.contactErasedAt = new Date().toISOString()
  }
  return data
}
