import type { CollectionBeforeOperationHook, Plugin } from 'payload'
import { APIError } from 'payload'

/**
 * Payload passes `limit`, `page` and `depth` from REST and GraphQL straight to the database: a
 * negative limit or page becomes a negative OFFSET (an SQL error), a repeated or non-numeric one
 * reaches the adapter as an array or a string. Both answered 500; callers get a 400 instead.
 */
const problemWith = (args: Record<string, unknown>): string | null => {
  const { limit, page, depth } = args
  if (limit !== undefined && !(Number.isSafeInteger(limit) && Number(limit) >= 0)) {
    return 'limit must be a whole number, 0 or more.'
  }
  if (page !== undefined && !(Number.isSafeInteger(page) && Number(page) >= 1)) {
    return 'page must be a whole number, 1 or more.'
  }
  if (Number.isSafeInteger(limit) && Number.isSafeInteger(page)) {
    if (!Number.isSafeInteger((Number(page) - 1) * Number(limit))) return 'page is too large.'
  }
  if (depth !== undefined && !(Number.isSafeInteger(depth) && Number(depth) >= 0)) {
    return 'depth must be a whole number, 0 or more.'
  }
  return null
}

export const refuseBadPaginationHook: CollectionBeforeOperationHook = ({ args, req }) => {
  // Local API callers are our own code; only what arrives over HTTP is checked.
  if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return args
  const problem = problemWith(args as Record<string, unknown>)
  if (problem) throw new APIError(problem, 400, null, true)
  return args
}

/** Adds the check to every collection, so one added later is checked too. */
export const refuseBadPagination: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseBadPaginationHook, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
