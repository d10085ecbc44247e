import type { Access } from 'payload'

import { canPublish } from '@/people/roles'

/** Anyone in the newsroom may add an entry; only editors may add it already published. */
export const canCreateEntry: Access = ({ req: { user }, data }) => {
  if (!user) return false
  return canPublish(user) || data?.status !== 'published'
}
