import type { CollectionConfig } from 'payload'

import { editorOrAdmin } from '@/people/access/editorOrAdmin'

import { ARTICLE_VIEW_DAYS, ARTICLES } from './slugs'

const systemOnly = () => false

/**
 * One row per article and day (UTC) with that day's views: "most viewed in the last 7 days" on
 * the desk. Written only by `recordDailyView`, an atomic upsert straight in the database.
 */
export const ArticleViewDays: CollectionConfig<typeof ARTICLE_VIEW_DAYS> = {
  slug: ARTICLE_VIEW_DAYS,
  labels: { singular: 'Article views on a day', plural: 'Article views by day' },
  access: { read: editorOrAdmin, create: systemOnly, update: systemOnly, delete: systemOnly },
  admin: { hidden: true },
  graphQL: false,
  indexes: [{ fields: ['article', 'day'], unique: true }],
  fields: [
    { name: 'article', type: 'relationship', relationTo: ARTICLES, required: true, index: true },
    {
      name: 'day',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'YYYY-MM-DD, UTC' },
    },
    { name: 'views', type: 'number', required: true, defaultValue: 0, min: 0 },
  ],
}
