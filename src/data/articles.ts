import { cache } from 'react'

import { ARTICLES } from '@collections/slugs'
import { WEBSITE_SECTION } from '@collections/Articles/sections'

import { payload } from './payload'

const PAGE_SIZE = 12

/**
 * Published Military articles, newest first. `overrideAccess: false` applies the same access
 * rules an anonymous API caller meets, so the site can never show what the API would refuse.
 */
export const listMilitaryArticles = cache(async (page = 1) => {
  const client = await payload()
  return client.find({
    collection: ARTICLES,
    where: { section: { equals: WEBSITE_SECTION } },
    sort: '-publishedAt',
    limit: PAGE_SIZE,
    page,
    depth: 1,
    overrideAccess: false,
    select: {
      title: true,
      slug: true,
      excerpt: true,
      publishedAt: true,
      heroImage: true,
      authors: true,
      views: true,
      readingTime: true,
    },
  })
})

export const findMilitaryArticle = cache(async (slug: string) => {
  const client = await payload()
  const { docs } = await client.find({
    collection: ARTICLES,
    where: { and: [{ slug: { equals: slug } }, { section: { equals: WEBSITE_SECTION } }] },
    limit: 1,
    depth: 2,
    overrideAccess: false,
  })
  return docs[0] ?? null
})
