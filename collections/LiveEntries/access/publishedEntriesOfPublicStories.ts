import type { Access, Where } from 'payload'

import { WEBSITE_SECTION } from '@collections/Articles/sections'

/**
 * Anonymous callers see published entries of stories they may read themselves (published, of
 * the website's section, publication time come): the same rule as
 * `collections/Articles/access/publishedOrSignedIn.ts`, asked through the entry's article. The
 * newsroom sees everything. Every door applies it: REST, GraphQL, the Local API with
 * overrideAccess: false, and so the page, the feed and the content API.
 */
export const publishedEntriesOfPublicStories: Access = ({ req: { user } }) => {
  if (user) return true
  const isPublic: Where = {
    and: [
      { status: { equals: 'published' } },
      { 'article._status': { equals: 'published' } },
      { 'article.section': { equals: WEBSITE_SECTION } },
      { 'article.publishedAt': { less_than_equal: new Date().toISOString() } },
    ],
  }
  return isPublic
}
