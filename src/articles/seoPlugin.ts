import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import {
  seoDescriptionOf,
  seoImageOf,
  seoTitleOf,
  seoUrlOf,
} from '@collections/Articles/seoDefaults'
import { ARTICLES, MEDIA } from '@collections/slugs'
import type { Article } from '@/payload-types'

/**
 * The SEO fields' "Auto-generate" buttons use the same defaults that `fillSeoFromArticle` writes
 * when an editor leaves them empty.
 */
export const plugins: Plugin[] = [
  seoPlugin({
    collections: [ARTICLES],
    uploadsCollection: MEDIA,
    generateTitle: ({ doc }) => seoTitleOf(doc as Partial<Article>),
    generateDescription: ({ doc }) => seoDescriptionOf(doc as Partial<Article>),
    generateImage: ({ doc }) => seoImageOf(doc as Partial<Article>) ?? '',
    generateURL: ({ doc }) => seoUrlOf(doc as Partial<Article>),
  }),
]
