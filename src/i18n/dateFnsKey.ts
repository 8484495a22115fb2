/**
 * What the Lao admin loads as `date-fns/locale/th` (next.config.mjs points that module here).
 *
 * Payload finds an admin language's date-fns locale only by its `dateFNSKey`, through a fixed
 * list of date-fns's own modules (`importDateFNSLocale` in @payloadcms/translations), both when
 * the server makes `req.i18n` and in the browser's TranslationProvider; a locale object cannot be
 * handed to it. So the Lao admin names the key 'th' (./admin.ts), which Siang otherwise never
 * uses, and the bundler answers that key's module with the Lao locale, under the name Payload
 * reads from it.
 */
export { lo as th } from './dateFnsLao'
