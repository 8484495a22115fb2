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

/** Roles that work inside the CMS and may see drafts. */
export const staffRoles: readonly Role[] = ['admin', 'editor', 'provincial-editor', 'reviewer']

/** Roles that may publish or unpublish content. */
export const publisherRoles: readonly Role[] = ['admin', 'editor', 'reviewer']
