import { ARTICLES, AUTHORS } from '@collections/slugs'
import { WEBSITE_SECTION } from '@collections/Articles/sections'
import { cached } from '@/platform/cache/cached'
import { TAGS } from '@/platform/cache/tags'

import { CACHE_SECONDS } from '@/platform/cache/cacheSeconds'
import { payload } from '@/platform/payload'

export type SitemapArticle = {
  slug: string
  updatedAt: string
  publishedAt?: string | null
  title: string
}

const published = { section: { equals: WEBSITE_SECTION } }

async function countSitemapArticles(): Promise<number> {
  const client = await payload()
  const { totalDocs } = await client.count({
    collection: ARTICLES,
    where: published,
    overrideAccess: false,
  })
  return totalDocs
}

async function querySitemapArticles(page: number, limit: number): Promise<SitemapArticle[]> {
  const client = await payload()
  const { docs } = await client.find({
    collection: ARTICLES,
    where: published,
    sort: '-publishedAt',
    page,
    limit,
    depth: 0,
    overrideAccess: false,
    select: { slug: true, updatedAt: true, publishedAt: true, title: true },
  })
  return docs
}

async function querySitemapAuthors() {
  const client = await payload()
  const { docs } = await client.find({
    collection: AUTHORS,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    select: { slug: true, updatedAt: true },
  })
  return docs
}

async function queryRecentArticles(since: string): Promise<SitemapArticle[]> {
  const client = await payload()
  const { docs } = await client.find({
    collection: ARTICLES,
    where: { and: [published, { publishedAt: { greater_than_equal: since } }] },
    sort: '-publishedAt',
    limit: 1000,
    depth: 0,
    overrideAccess: false,
    select: { slug: true, updatedAt: true, publishedAt: true, title: true },
  })
  return docs
}

const options = { tags: [TAGS.articleLists], revalidate: CACHE_SECONDS }

export const countArticlesForSitemap = cached(countSitemapArticles, ['sitemap-count'], options)
export const listArticlesForSitemap = cached(querySitemapArticles, ['sitemap-articles'], options)
export const listAuthorsForSitemap = cached(querySitemapAuthors, ['sitemap-authors'], {
  ...options,
  tags: [TAGS.authors],
})
/** Google News wants the last two days only (and at most 1,000 stories). */
export const listArticlesForNewsSitemap = cached(queryRecentArticles, ['news-sitemap'], options)
