import type { Access } from 'payload'
import { checkRole } from './checkRole'

/**
 * Who may create or edit content. Provincial editors pass here; the province and publish rules
 * that bind them are enforced by the `enforceEditorialScope` hook, which can answer with a message.
 */
export const contentEditors: Access = ({ req: { user } }) =>
  checkRole(['admin', 'editor', 'provincial-editor'], user)

/** Reviewers edit too, to publish and unpublish. */
export const contentUpdaters: Access = ({ req: { user } }) =>
  checkRole(['admin', 'editor', 'provincial-editor', 'reviewer'], user)
