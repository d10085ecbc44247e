import type { FieldAccess } from 'payload'

import { isAdmin } from '@/people/roles'

/** Roles are granted by admins, and nobody changes their own: no raising oneself, no locking oneself out. */
export const adminButNotSelf: FieldAccess = ({ req: { user }, id }) =>
  isAdmin(user) && (id === undefined || id !== user?.id)
