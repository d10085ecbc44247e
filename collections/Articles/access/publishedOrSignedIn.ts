import type { Access, Where } from 'payload'

/**
 * Anonymous callers see published work whose publication time has come; the newsroom sees
 * everything. Applied to every door: REST, GraphQL and the Local API with overrideAccess: false.
 */
export const publishedOrSignedIn: Access = ({ req: { user } }) => {
  if (user) return true
  const publishedAndDue: Where = {
    and: [
      { _status: { equals: 'published' } },
      { publishedAt: { less_than_equal: new Date().toISOString() } },
    ],
  }
  return publishedAndDue
}
