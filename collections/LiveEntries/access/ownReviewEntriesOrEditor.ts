import type { Access, Where } from 'payload'

import { canPublish } from '@/people/roles'

/**
 * Editors change and remove any entry. Contributors only their own entries still in review, and
 * never into published ones (as with articles, `ownDraftsOrEditor`).
 */
export const ownReviewEntriesOrEditor: Access = ({ req: { user }, data }) => {
  if (!user) return false
  if (canPublish(user)) return true
  if (data?.status === 'published') return false
  const ownInReview: Where = {
    and: [{ createdBy: { equals: user.id } }, { status: { not_equals: 'published' } }],
  }
  return ownInReview
}
