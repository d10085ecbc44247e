import type { CollectionConfig, FieldHook } from 'payload'

import { issueShareLink } from '@/articles/sharing/issueShareLink'
import { editorOrAdmin } from '@/people/access/editorOrAdmin'

import { noOne } from './Articles/access/noOne'
import { ARTICLES, SHARE_LINKS, USERS } from './slugs'

/** A revoked link stays revoked: a later save cannot clear or move the moment it was revoked. */
const keepFirstRevocation: FieldHook = ({ value, originalDoc }) =>
  (originalDoc as { revokedAt?: string | null } | undefined)?.revokedAt ?? value

/**
 * Share links: an editor's expiring, revocable preview of one story for someone outside the
 * newsroom (docs/security.md, "Shared previews"). Only the token's hash is stored. Made through
 * `POST /api/shareLinks/issue`; editors list them and revoke one by setting `revokedAt`.
 */
export const ShareLinks: CollectionConfig<typeof SHARE_LINKS> = {
  slug: SHARE_LINKS,
  labels: { singular: 'Share link', plural: 'Share links' },
  access: {
    read: editorOrAdmin,
    create: () => false,
    update: editorOrAdmin,
    delete: editorOrAdmin,
  },
  admin: { hidden: true },
  graphQL: false,
  endpoints: [{ path: '/issue', method: 'post', handler: issueShareLink }],
  fields: [
    {
      name: 'tokenHash',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      // Never answered, not even to editors: the lookup by hash is the server's alone.
      access: { read: noOne, update: noOne },
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: ARTICLES,
      required: true,
      index: true,
      access: { update: noOne },
    },
    { name: 'createdBy', type: 'relationship', relationTo: USERS, access: { update: noOne } },
    { name: 'expiresAt', type: 'date', required: true, access: { update: noOne } },
    { name: 'revokedAt', type: 'date', hooks: { beforeChange: [keepFirstRevocation] } },
  ],
}
