import type { Access, Where } from 'payload'

import { canPublish } from '@/people/roles'

/**
 * Editors change any article. Contributors change only drafts they created, and never into a
 * published article: Payload also asks this with `_status: 'published'` to decide whether to
 * show the Publish button, so the button disappears for them too.
 */
export const ownDraftsOrEditor: Access = ({ req: { user }, data }) => {
  if (!user) return false
  if (canPublish(user)) return true
  if (data?._status === 'published') return false
  const ownDrafts: Where = {
    and: [{ createdBy: { equals: user.id } }, { _status: { not_equals: 'published' } }],
  }
  return ownDrafts
}
