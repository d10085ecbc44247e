import type { CollectionAfterReadHook } from 'payload'

import type { Article } from '@/payload-types'

/** `searchText` exists for queries; it repeats the body, so no response carries it. */
export const omitSearchText: CollectionAfterReadHook<Article> = ({ doc }) => {
  const { searchText: _omitted, ...rest } = doc
  return rest
}
