import type { FieldAccess } from 'payload'

import { isAdmin } from '@/people/roles'

/** A user's email is for admins and for that user. */
export const adminOrSelfField: FieldAccess = ({ req: { user }, id }) =>
  Boolean(user) && (isAdmin(user) || id === user?.id)
