import type { CollectionConfig, PayloadRequest } from 'payload'
import { admins } from '../../access/admins'
import { adminsOrSelf } from '../../access/adminsOrSelf'
import { checkRole } from '../../access/checkRole'
import { adminFieldOnly } from '../../access/fieldAccess'
import { resolveServerURL } from '../../lib/env'
import { mustExist } from '../../fields/mustExist'
import { sayFor } from '../../i18n/admin'
import { roleGroups, roleLabels, roles } from '../../lib/roles'
import { slugs } from '../../lib/slugs'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { guardPrivileges } from './hooks/guardPrivileges'
import { forgiveSignIn, throttleSignIns } from './hooks/throttleSignIns'

type RoleSibling = { roles?: string[] | null }

export const Users: CollectionConfig = {
  slug: slugs.users,
  labels: {
    singular: { en: 'User', lo: 'ຜູ້ໃຊ້' },
    plural: { en: 'Users', lo: 'ຜູ້ໃຊ້' },
  },
  admin: {
    useAsTitle: 'email',
    group: { en: 'Organisation', lo: 'ອົງການ' },
    defaultColumns: ['name', 'email', 'roles'],
  },
  auth: {
    // Payload's own lock shut an account after 5 failures from anywhere, so anyone could keep
    // its owner out; sign-ins are throttled by who makes them instead (throttleSignIns).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    forgotPassword: {
      generateEmailSubject: () => 'Siang: reset your password / ປ່ຽນລະຫັດຜ່ານ',
      generateEmailHTML: (args) => {
        const url = `${resolveServerURL()}/admin/reset/${args?.token ?? ''}`
        return `<p>Someone asked to reset the password of your Siang account. If it was you, open this link within an hour:</p><p><a href="${url}">${url}</a></p><p>If it was not you, ignore this email.</p>`
      },
    },
  },
  access: {
    // Partners use the API and the public site; the admin is for staff.
    admin: ({ req: { user } }) => checkRole(roleGroups.staff, user),
    read: adminsOrSelf,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
    unlock: admins,
  },
  hooks: {
    beforeOperation: [throttleSignIns, guardPrivileges],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [forgiveSignIn],
  },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', lo: 'ຊື່' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      defaultValue: ['editor'],
      access: { create: adminFieldOnly, update: adminFieldOnly },
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      label: { en: 'Roles', lo: 'ບົດບາດ' },
    },
    {
      name: 'provinces',
      type: 'relationship',
      relationTo: slugs.provinces,
      hasMany: true,
      saveToJWT: true,
      filterOptions: mustExist,
      access: { create: adminFieldOnly, update: adminFieldOnly },
      label: { en: 'Provinces', lo: 'ແຂວງ' },
      admin: {
        condition: (_data, sibling: RoleSibling) =>
          Boolean(sibling.roles?.includes('provincial-editor')),
      },
      validate: (
        value: unknown,
        { siblingData, req }: { siblingData: RoleSibling; req: PayloadRequest },
      ) =>
        siblingData.roles?.includes('provincial-editor') &&
        (!Array.isArray(value) || value.length === 0)
          ? sayFor(req)('provincialNeedsProvince')
          : true,
    },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: slugs.partners,
      saveToJWT: true,
      filterOptions: mustExist,
      access: { create: adminFieldOnly, update: adminFieldOnly },
      label: { en: 'Partner organisation', lo: 'ອົງການຄູ່ຮ່ວມງານ' },
      admin: {
        condition: (_data, sibling: RoleSibling) => Boolean(sibling.roles?.includes('partner')),
      },
      validate: (
        value: unknown,
        { siblingData, req }: { siblingData: RoleSibling; req: PayloadRequest },
      ) =>
        siblingData.roles?.includes('partner') && !value
          ? sayFor(req)('partnerNeedsOrganisation')
          : true,
    },
  ],
}
