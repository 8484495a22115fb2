import type { Access } from 'payload'

/** No one, through any API door: for what only Siang itself reads or writes (Local API). */
export const nobody: Access = () => false
