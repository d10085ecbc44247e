import type { PaginatedDocs, Where } from 'payload'

import { ARTICLES } from '@collections/slugs'
import { WEBSITE_SECTION } from '@collections/Articles/sections'
import { cached } from '@/platform/cache/cached'
import { TAGS } from '@/platform/cache/tags'
import type { Article } from '@/payload-types'

import { CACHE_SECONDS } from '@/platform/cache/cacheSeconds'
import { payload } from '@/platform/payload'
import { findAuthorId } from '@/people/reads/authors'

export const PAGE_SIZE = 12

export type ArticleQuery = {
  page?: number
  limit?: number
  tag?: string
  /** Any of these tags: the spellings of one topic (reads/topics.ts). */
  tags?: string[]
  authorSlug?: string
  q?: string
  since?: Date
  until?: Date
}

const emptyPage = (limit: number): PaginatedDocs<Article> => ({
  docs: [],
  totalDocs: 0,
  limit,
  totalPages: 0,
  page: 1,
  pagingCounter: 1,
  hasPrevPage: false,
  hasNextPage: false,
  prevPage: null,
  nextPage: null,
})

async function whereFor(query: ArticleQuery): Promise<Where | null> {
  const and: Where[] = [{ section: { equals: WEBSITE_SECTION } }]
  if (query.tag) and.push({ tags: { in: [query.tag] } })
  if (query.tags) and.push({ tags: { in: query.tags } })
  if (query.authorSlug) {
    const authorId = await findAuthorId(query.authorSlug)
    if (!authorId) return null
    and.push({ authors: { in: [authorId] } })
  }
  const words = query.q?.trim()
  if (words) {
    and.push({
      or: [
        { title: { like: words } },
        { excerpt: { like: words } },
        { searchText: { like: words } },
      ],
    })
  }
  if (query.since) and.push({ publishedAt: { greater_than_equal: query.since.toISOString() } })
  if (query.until) and.push({ publishedAt: { less_than_equal: query.until.toISOString() } })
  return { and }
}

/**
 * Published articles of the website's section, newest first, filtered. `overrideAccess: false` with no user
 * applies the rule an anonymous API caller meets (published, publication time come), so the
 * site can never show what the API would refuse.
 */
async function querySectionArticles(query: ArticleQuery): Promise<PaginatedDocs<Article>> {
  const limit = query.limit ?? PAGE_SIZE
  const where = await whereFor(query)
  if (!where) return emptyPage(limit)
  const client = await payload()
  return client.find({
    collection: ARTICLES,
    where,
    sort: '-publishedAt',
    limit,
    page: query.page ?? 1,
    depth: 1,
    overrideAccess: false,
  })
}

const cachedSectionArticles = cached(
  (query: Omit<ArticleQuery, 'since' | 'until'> & { since?: string; until?: string }) =>
    querySectionArticles({
      ...query,
      since: query.since ? new Date(query.since) : undefined,
      until: query.until ? new Date(query.until) : undefined,
    }),
  [`${WEBSITE_SECTION}-articles`],
  { tags: [TAGS.articleLists, TAGS.authors, TAGS.media], revalidate: CACHE_SECONDS },
)

export function listSectionArticles(query: ArticleQuery = {}): Promise<PaginatedDocs<Article>> {
  return cachedSectionArticles({
    ...query,
    since: query.since?.toISOString(),
    until: query.until?.toISOString(),
  })
}

async function querySectionArticle(slug: string): Promise<Article | null> {
  const client = await payload()
  const { docs } = await client.find({
    collection: ARTICLES,
    where: { and: [{ slug: { equals: slug } }, { section: { equals: WEBSITE_SECTION } }] },
    limit: 1,
    depth: 2,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/** One published article of the section by slug, or null (unknown, draft, other desk, not due). */
export function findSectionArticle(slug: string): Promise<Article | null> {
  return cached(querySectionArticle, [`${WEBSITE_SECTION}-article`], {
    tags: [TAGS.article(slug), TAGS.authors, TAGS.media],
    revalidate: CACHE_SECONDS,
  })(slug)
}

/** Uncached, for the view counter: is this a published article of the section right now? */
export async function findSectionArticleById(id: string): Promise<Article | null> {
  const client = await payload()
  const { docs } = await client.find({
    collection: ARTICLES,
    where: { and: [{ id: { equals: id } }, { section: { equals: WEBSITE_SECTION } }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return docs[0] ?? null
}
