import type { Access } from 'payload'

import { isAdmin } from '@/people/roles'

/** Admins manage every account; everyone else sees and edits only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  return { id: { equals: user.id } }
}
