import type { CollectionConfig } from 'payload'

import { adminOnly } from '@collections/Users/access/adminOnly'
import { adminOrSelf } from '@collections/Users/access/adminOrSelf'
import { adminButNotSelf } from '@collections/Users/access/adminButNotSelf'
import { adminOrSelfField } from '@collections/Users/access/adminOrSelfField'
import { ROLES } from '@/people/roles'
import { env } from '@/platform/env'
import { enforcePasswordRules } from '@collections/Users/hooks/enforcePasswordRules'
import { delayForgotPassword } from '@collections/Users/hooks/delayForgotPassword'
import { hashForUnknownEmail } from '@collections/Users/hooks/hashForUnknownEmail'
import {
  forgetFailedSignIns,
  limitFailedSignIns,
} from '@collections/Users/hooks/limitFailedSignIns'
import { firstUserIsAdmin } from '@collections/Users/hooks/firstUserIsAdmin'
import { keepLastAdminAccount, keepLastAdminRole } from '@collections/Users/hooks/keepLastAdmin'
import { isHttps } from '@/platform/security/isHttps'
import {
  resetPasswordHtml,
  resetPasswordSubject,
} from '@collections/Users/email/resetPasswordEmail'
import { sendInvitation } from '@collections/Users/hooks/sendInvitation'

import { USERS } from '../slugs'

export const Users: CollectionConfig<typeof USERS> = {
  slug: USERS,
  auth: {
    useAPIKey: true,
    // No account-wide lock: anyone could lock an editor out by failing five times. Failures are
    // limited per account and client address instead (hooks/limitFailedSignIns.ts).
    maxLoginAttempts: 0,
    // HttpOnly always (Payload's default); Secure whenever the public address is HTTPS.
    cookies: { secure: isHttps(env.serverUrl), sameSite: 'Lax' },
    // The reset link always points at SERVER_URL (collections/Users/email/).
    forgotPassword: {
      generateEmailHTML: resetPasswordHtml,
      generateEmailSubject: resetPasswordSubject,
    },
  },
  access: {
    read: adminOrSelf,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
    // Payload lets any signed-in user lift a lockout; only admins may.
    unlock: adminOnly,
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
    beforeOperation: [
      enforcePasswordRules,
      limitFailedSignIns,
      hashForUnknownEmail,
      delayForgotPassword,
    ],
    afterLogin: [forgetFailedSignIns],
    beforeChange: [firstUserIsAdmin, keepLastAdminRole],
    afterChange: [sendInvitation],
    beforeDelete: [keepLastAdminAccount],
  },
}
