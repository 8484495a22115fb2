/** Lao time and Lao formatting, shared by the site, the admin and the counters. */

/** Laos keeps UTC+7 all year. */
export const LAO_TIME_ZONE = 'Asia/Vientiane'

/** A day in Laos as `YYYY-MM-DD`: the committees' working day. */
export function laoDay(at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: LAO_TIME_ZONE }).format(at)
}

/** The `Intl` locale for a site or admin language. */
export const intlLocale = (language: string) => (language === 'lo' ? 'lo-LA' : 'en-GB')
