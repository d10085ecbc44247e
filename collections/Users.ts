import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { adminOrSelf } from '@/access/adminOrSelf'
import { adminButNotSelf } from '@/access/fields/adminButNotSelf'
import { adminOrSelfField } from '@/access/fields/adminOrSelfField'
import { ROLES } from '@/access/roles'
import { firstUserIsAdmin } from '@/hooks/firstUserIsAdmin'
import { keepLastAdminAccount, keepLastAdminRole } from '@/hooks/keepLastAdmin'

import { USERS } from './slugs'

export const Users: CollectionConfig<typeof USERS> = {
  slug: USERS,
  auth: {
    useAPIKey: true,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
  },
  access: {
    read: adminOrSelf,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
    admin: ({ req: { user } }) => Boolean(user),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    listSearchableFields: ['name', 'email'],
    group: 'Settings',
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      // Payload's own email field, with read access narrowed: colleagues see names, not addresses.
      name: 'email',
      type: 'email',
      access: { read: adminOrSelfField },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      options: ROLES.map((role) => ({
        label: role[0]?.toUpperCase() + role.slice(1),
        value: role,
      })),
      defaultValue: ['contributor'],
      required: true,
      saveToJWT: true,
      access: { create: adminButNotSelf, update: adminButNotSelf },
      admin: {
        position: 'sidebar',
        description: 'Contributors write drafts; editors publish; admins also manage people.',
      },
    },
  ],
  hooks: {
    beforeChange: [firstUserIsAdmin, keepLastAdminRole],
    beforeDelete: [keepLastAdminAccount],
  },
}
