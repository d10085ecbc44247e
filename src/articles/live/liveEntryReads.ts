import type { PaginatedDocs, Where } from 'payload'

import { ARTICLES, LIVE_ENTRIES } from '@collections/slugs'
import { WEBSITE_SECTION } from '@collections/Articles/sections'
import { cached } from '@/platform/cache/cached'
import { CACHE_SECONDS } from '@/platform/cache/cacheSeconds'
import { TAGS } from '@/platform/cache/tags'
import { payload } from '@/platform/payload'
import type { Article, LiveEntry } from '@/payload-types'

export const ENTRIES_PAGE_SIZE = 20
/** Key events are a short summary; more than this is not a summary. */
export const MAX_KEY_EVENTS = 20

/** An entry as the public reads get it: without its story (the page's own) or its creator. */
export type ListedLiveEntry = Omit<LiveEntry, 'article' | 'createdBy'>

export type LiveEntryQuery = {
  slug: string
  page?: number
  limit?: number
  /** Only entries created or changed after this instant: what a page kept open has not seen. */
  since?: string
  pinnedOnly?: boolean
}

/**
 * Published entries of one public story of the website's section, newest first.
 * `overrideAccess: false` with no user applies the anonymous rule
 * (`publishedEntriesOfPublicStories`): entries in review, and entries of drafts, other desks'
 * or future stories, are never returned.
 */
async function queryLiveEntries(query: LiveEntryQuery): Promise<PaginatedDocs<ListedLiveEntry>> {
  const and: Where[] = [
    { 'article.slug': { equals: query.slug } },
    { 'article.section': { equals: WEBSITE_SECTION } },
  ]
  if (query.since) and.push({ updatedAt: { greater_than: query.since } })
  if (query.pinnedOnly) and.push({ pinned: { equals: true } })
  const client = await payload()
  return client.find({
    collection: LIVE_ENTRIES,
    where: { and },
    sort: ['-time', '-createdAt'],
    limit: query.limit ?? ENTRIES_PAGE_SIZE,
    page: query.page ?? 1,
    depth: 1,
    // The story is the page's own; populating it into every entry would only repeat it.
    select: { article: false, createdBy: false },
    overrideAccess: false,
  })
}

export function listLiveEntries(query: LiveEntryQuery): Promise<PaginatedDocs<ListedLiveEntry>> {
  return cached(queryLiveEntries, ['live-entries'], {
    tags: [TAGS.articleEntries(query.slug), TAGS.liveEntries, TAGS.authors, TAGS.media],
    revalidate: CACHE_SECONDS,
  })(query)
}

/** The pinned entries ("Key events"), newest first. */
export function listKeyEvents(slug: string): Promise<PaginatedDocs<ListedLiveEntry>> {
  return listLiveEntries({ slug, pinnedOnly: true, limit: MAX_KEY_EVENTS })
}

/** An entry with the title and slug of its story, for lists that mix several stories (the feed). */
export type LiveEntryWithStory = Omit<LiveEntry, 'article' | 'createdBy'> & {
  article: Pick<Article, 'id' | 'slug' | 'title' | 'authors' | 'heroImage'> | string
}

/** The newest published entries of stories whose coverage is still open, newest first. */
async function queryOpenLiveEntries(limit: number): Promise<LiveEntryWithStory[]> {
  const client = await payload()
  const { docs } = await client.find({
    collection: LIVE_ENTRIES,
    where: {
      and: [
        { 'article.liveStatus': { equals: 'open' } },
        { 'article.section': { equals: WEBSITE_SECTION } },
      ],
    },
    sort: ['-time', '-createdAt'],
    limit,
    pagination: false,
    // The story's byline and picture stand in for an entry's own in the feed.
    depth: 2,
    select: { createdBy: false },
    populate: { [ARTICLES]: { slug: true, title: true, authors: true, heroImage: true } },
    overrideAccess: false,
  })
  return docs as LiveEntryWithStory[]
}

export function listOpenLiveEntries(limit: number): Promise<LiveEntryWithStory[]> {
  return cached(queryOpenLiveEntries, ['open-live-entries'], {
    // A story opening or closing its coverage is an article change: it clears the lists' tag.
    tags: [TAGS.liveEntries, TAGS.articleLists, TAGS.authors, TAGS.media],
    revalidate: CACHE_SECONDS,
  })(limit)
}
