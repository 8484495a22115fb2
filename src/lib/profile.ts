/**
 * The optional questions about who answers a quiz or a poll: age band, sex and province. Asked
 * once and remembered on the device only (src/site/assets/answers.js); each answer carries them,
 * or not, and nothing else about the person. No Payload, no i18n.
 */

/**
 * U-Report's bands: 15–19 and 20–24 together are the UN's youth band (15–24), so reports can
 * give either.
 */
export const ageBands = ['0-14', '15-19', '20-24', '25-30', '31-34', '35+'] as const
export type AgeBand = (typeof ageBands)[number]

export const sexes = ['female', 'male', 'other', 'undisclosed'] as const
export type Sex = (typeof sexes)[number]

/** A province as the public forms send it: its ISO 3166-2 code, LA-VT. */
const PROVINCE_CODE = /^LA-[A-Z]{2}$/

export type Profile = { ageBand: AgeBand | null; sex: Sex | null; province: string | null }

export const isAgeBand = (value: unknown): value is AgeBand =>
  (ageBands as readonly unknown[]).includes(value)
export const isSex = (value: unknown): value is Sex => (sexes as readonly unknown[]).includes(value)

/** Empty, absent or null: not answered. */
const unanswered = (value: unknown) => value === undefined || value === null || value === ''

/**
 * The profile a form or JSON body sent, or the name of the field that is not one of the choices.
 * Every field may be left out.
 */
export function parseProfile(
  fields: Record<string, unknown>,
): { ok: true; profile: Profile } | { ok: false; field: 'ageBand' | 'sex' | 'province' } {
  const { ageBand, sex, province } = fields
  if (!unanswered(ageBand) && !isAgeBand(ageBand)) return { ok: false, field: 'ageBand' }
  if (!unanswered(sex) && !isSex(sex)) return { ok: false, field: 'sex' }
  if (!unanswered(province) && !(typeof province === 'string' && PROVINCE_CODE.test(province)))
    return { ok: false, field: 'province' }
  return {
    ok: true,
    profile: {
      ageBand: unanswered(ageBand) ? null : (ageBand as AgeBand),
      sex: unanswered(sex) ? null : (sex as Sex),
      province: unanswered(province) ? null : (province as string),
    },
  }
}
