import type { FieldAccess } from 'payload'
import { roleGroups } from '../lib/roles'
import { checkRole } from './checkRole'

export const adminFieldOnly: FieldAccess = ({ req: { user } }) => checkRole(roleGroups.admins, user)

/** Staff only (admins, editors, provincial editors, reviewers): never partners or the public. */
export const staffField: FieldAccess = ({ req: { user } }) => checkRole(roleGroups.staff, user)

const never: FieldAccess = () => false

/**
 * A field only Siang writes (visibility, rendition links, metadata read from a file, workflow
 * state, report timestamps): refused from every API caller, whatever the role, on REST, GraphQL
 * and the Local API as a user. `admin.readOnly` and `hidden` only change the form. Siang's own
 * hooks set these fields after Payload has applied field access, and its own Local API calls
 * skip access, so they still write them.
 */
export const writtenBySiangOnly = { create: never, update: never }
