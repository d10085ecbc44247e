import type { Access, Where } from 'payload'

import { WEBSITE_SECTION } from '@collections/Articles/sections'

/**
 * Anonymous callers see published work of the website's section whose publication time has come;
 * the newsroom sees everything. Other desks' stories are the newsroom's until that desk has a
 * site of its own. Applied to every door: REST, GraphQL and the Local API with
 * overrideAccess: false.
 */
export const publishedOrSignedIn: Access = ({ req: { user } }) => {
  if (user) return true
  const publishedAndDue: Where = {
    and: [
      { _status: { equals: 'published' } },
      { section: { equals: WEBSITE_SECTION } },
      { publishedAt: { less_than_equal: new Date().toISOString() } },
    ],
  }
  return publishedAndDue
}
