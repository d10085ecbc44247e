import type { Access } from 'payload'

import { canPublish } from '@/people/roles'

/** Anyone in the newsroom may start an article; only editors may create it already published. */
export const canCreateArticle: Access = ({ req: { user }, data }) => {
  if (!user) return false
  return canPublish(user) || data?._status !== 'published'
}
