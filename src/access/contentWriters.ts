import type { Access } from 'payload'
import { checkRole } from './checkRole'

/** Admins and national editors: all content, everywhere. */
export const contentWriters: Access = ({ req: { user } }) => checkRole(['admin', 'editor'], user)
