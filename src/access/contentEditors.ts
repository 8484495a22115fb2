import type { Access } from 'payload'
import { isProvincialOnly } from './provinces'
import { checkRole } from './checkRole'

/**
 * Who may create or edit content. Provincial editors pass, except to publish: saying so here
 * hides the Publish and Schedule buttons from them in the admin. The province rules that bind
 * them are enforced by the editorial scope hooks, which answer with a message.
 */
export const contentEditors: Access = ({ req: { user }, data }) => {
  if (!checkRole(['admin', 'editor', 'provincial-editor'], user)) return false
  return !(isProvincialOnly(user) && data?._status === 'published')
}

/** Reviewers edit too, to publish and unpublish. */
export const contentUpdaters: Access = ({ req: { user }, data }) => {
  if (!checkRole(['admin', 'editor', 'provincial-editor', 'reviewer'], user)) return false
  return !(isProvincialOnly(user) && data?._status === 'published')
}
