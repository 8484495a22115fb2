import type { Role } from '../../src/lib/roles'

export type DemoUser = {
  role: Exclude<Role, 'admin'>
  email: string
  name: string
  /** A provincial editor's province (ISO 3166-2 code). */
  province?: string
  /** A partner user's organisation (a demo partner's slug). */
  partner?: string
}

/**
 * One account for each role besides the admin, made in development only (seed/users.ts), so
 * that a newcomer can sign in as a provincial editor or a partner. People are invented.
 */
export const demoUsers: DemoUser[] = [
  { role: 'editor', email: 'editor@siang.local', name: 'ບົວລະພາ ສີສົມບັດ' },
  {
    role: 'provincial-editor',
    email: 'provincial-editor@siang.local',
    name: 'ສົມພອນ ວົງສະຫວັນ',
    province: 'LA-SV',
  },
  { role: 'reviewer', email: 'reviewer@siang.local', name: 'ວັນນະສອນ ພົມມະຈັນ' },
  {
    role: 'partner',
    email: 'partner@siang.local',
    name: 'ເພັດສະໝອນ ແກ້ວມະນີ',
    partner: 'dao-nuea-youth-radio',
  },
]
