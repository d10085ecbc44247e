import { redirectsPlugin } from '@payloadcms/plugin-redirects'

import { editorOrAdmin } from '@/people/access/editorOrAdmin'
import { signedIn } from '@/people/access/signedIn'

import { ARTICLES, AUTHORS, REDIRECTS } from '../slugs'
import { checkRedirect } from './hooks/checkRedirect'
import { collapseChains } from './hooks/collapseChains'

/**
 * Old addresses that answer 301: made by themselves when a live story or author changes slug
 * (hooks/redirectOldSlug.ts), and by hand in the admin. Only the newsroom reads the list through
 * REST and GraphQL; readers only ever meet the 301.
 */
export const redirects = redirectsPlugin({
  collections: [ARTICLES, AUTHORS],
  overrides: {
    slug: REDIRECTS,
    labels: { singular: 'Redirect', plural: 'Redirects' },
    access: { read: signedIn, create: editorOrAdmin, update: editorOrAdmin, delete: editorOrAdmin },
    admin: {
      group: 'Newsroom',
      useAsTitle: 'from',
      defaultColumns: ['from', 'to.type', 'updatedAt'],
      description:
        'Old addresses that send readers on with a 301. Renaming a published story or an ' +
        'author adds one by itself; a redirect leads to a published story, an author or a ' +
        'path on this site.',
    },
    hooks: { beforeChange: [checkRedirect], afterChange: [collapseChains] },
  },
})
