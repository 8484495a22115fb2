/** User roles, as stored on `users.roles`. */
export const roles = ['admin', 'editor', 'provincial-editor', 'reviewer', 'partner'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, { en: string; lo: string }> = {
  admin: { en: 'Admin', lo: 'ຜູ້ດູແລລະບົບ' },
  editor: { en: 'Editor (national)', lo: 'ບັນນາທິການ (ລະດັບຊາດ)' },
  'provincial-editor': { en: 'Provincial editor', lo: 'ບັນນາທິການແຂວງ' },
  reviewer: { en: 'Reviewer', lo: 'ຜູ້ກວດ' },
  partner: { en: 'Partner', lo: 'ຄູ່ຮ່ວມງານ' },
}

/**
 * Every group of roles that Siang checks, named after who it lets in. Access, hooks, endpoints
 * and admin components use these names; nothing else types a list of roles.
 */
export const roleGroups = {
  /** Admins only. */
  admins: ['admin'],
  /** Admins and national editors: all content, everywhere. */
  nationalEditors: ['admin', 'editor'],
  /** Who writes content and broadcast logs: admins, national and provincial editors. */
  authors: ['admin', 'editor', 'provincial-editor'],
  /** Who may publish and unpublish, approve, and send work back: admins, editors, reviewers. */
  publishers: ['admin', 'editor', 'reviewer'],
  /** Anyone who works in the CMS and may see drafts. */
  staff: ['admin', 'editor', 'provincial-editor', 'reviewer'],
  /** Provincial editors (bound to their provinces unless they also hold a national role). */
  provincialEditors: ['provincial-editor'],
  /** Partners: the organisations that embed Siang, each seeing its own counts. */
  partners: ['partner'],
} as const satisfies Record<string, readonly Role[]>
