import type { CollectionBeforeChangeHook, TextField } from 'payload'
import { randomUUID } from 'node:crypto'
import { writtenBySiangOnly } from '../access/fieldAccess'
import { legacyFeedGuid } from '../lib/feedItems'

/**
 * The permanent id of an item in podcast feeds (`<guid>`): a UUID given once, on the first save,
 * and never changed, so that apps do not list an item twice after a move to another database or a
 * restore. Items published before it existed kept their old guid (the migration that added it).
 */
export const feedGuidField: TextField = {
  name: 'feedGuid',
  type: 'text',
  unique: true,
  access: writtenBySiangOnly,
  label: { en: 'Podcast item id', lo: 'ລະຫັດລາຍການພອດແຄສ' },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: {
      en: 'Podcast apps know this item by it. Given once, never changed.',
      lo: 'ແອັບພອດແຄສຮູ້ຈັກລາຍການນີ້ດ້ວຍລະຫັດນີ້. ໃຫ້ຄັ້ງດຽວ, ບໍ່ປ່ຽນ.',
    },
  },
}

/**
 * Gives a new item its feed guid, and keeps an item's guid whatever a save sends. An item saved
 * before it had one (on MongoDB, which the SQL backfill does not reach) keeps the guid feeds
 * already gave it.
 */
export const assignFeedGuid: CollectionBeforeChangeHook = ({ collection, data, originalDoc }) => {
  data.feedGuid =
    originalDoc?.feedGuid ||
    (originalDoc?.id !== undefined ? legacyFeedGuid(collection.slug, originalDoc.id) : null) ||
    randomUUID()
  return data
}
