import type { CollectionConfig } from 'payload'

import { editorOrAdmin } from '@/people/access/editorOrAdmin'

import { ARTICLE_VIEWS, ARTICLES } from './slugs'

const systemOnly = () => false

/**
 * One row per article with its all-time view count. It lives outside the article on purpose: the
 * article is versioned, and publishing a draft or restoring a version writes the whole stored
 * document back, which would put an old count over the counter. Written only by
 * `incrementViews`, an atomic upsert straight in the database; read through the article's
 * virtual `views` field.
 */
export const ArticleViews: CollectionConfig<typeof ARTICLE_VIEWS> = {
  slug: ARTICLE_VIEWS,
  labels: { singular: 'Article view count', plural: 'Article view counts' },
  access: { read: editorOrAdmin, create: systemOnly, update: systemOnly, delete: systemOnly },
  admin: { hidden: true },
  graphQL: false,
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: ARTICLES,
      required: true,
      unique: true,
      index: true,
    },
    { name: 'total', type: 'number', required: true, defaultValue: 0, min: 0 },
  ],
}
