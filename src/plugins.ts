import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { ARTICLES, MEDIA } from '@collections/slugs'
import type { Article } from '@/payload-types'
import { articleUrl } from '@/urls'

export const plugins: Plugin[] = [
  seoPlugin({
    collections: [ARTICLES],
    uploadsCollection: MEDIA,
    generateTitle: ({ doc }) => `${(doc as Partial<Article>).title ?? 'Article'} · Dispatch`,
    generateDescription: ({ doc }) => (doc as Partial<Article>).excerpt ?? '',
    generateImage: ({ doc }) => {
      const hero = (doc as Partial<Article>).heroImage
      return typeof hero === 'object' && hero ? hero.id : (hero ?? '')
    },
    generateURL: ({ doc }) => articleUrl((doc as Partial<Article>).slug ?? ''),
  }),
]
