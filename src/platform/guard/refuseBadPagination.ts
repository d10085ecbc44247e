import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { isCallersQuery } from './isCallersQuery'
import { MAX_LIST_LIMIT } from './queryLimits'

/** Operations that answer a list: their `limit` is how many documents come back. */
const LIST_OPERATIONS = new Set(['read', 'findVersions', 'readDistinct'])

type Pagination = {
  limit?: unknown
  page?: unknown
  depth?: unknown
  pagination?: unknown
  sort?: unknown
}

/** A field path as the admin and the APIs write them: `title`, `-publishedAt`, `meta.title`. */
const SORT_FIELD = /^-?[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/

/**
 * A sort names fields, each maybe with a leading `-`: an empty or malformed name (`sort=`,
 * `sort=a,,b`, `sort= !`) reached MongoDB as `sort("")` and answered 500. Unknown but
 * well-formed names are Payload's to refuse.
 */
const isSortWithEmptyField = (sort: unknown): boolean => {
  if (sort === undefined) return false
  const names = (Array.isArray(sort) ? sort : [sort]).flatMap((part) =>
    typeof part === 'string' ? part.split(',') : [''],
  )
  return names.some((name) => !SORT_FIELD.test(name.trim()))
}

/**
 * Payload passes `limit`, `page` and `depth` from REST and GraphQL straight to the database: a
 * negative limit or page becomes a negative OFFSET (an SQL error), a repeated or non-numeric one
 * reaches the adapter as an array or a string. Both answered 500; callers get a 400 instead.
 * A list is bounded: Payload reads `limit=0` and `pagination=false` as "every document", so a
 * read asks for 1 to MAX_LIST_LIMIT documents, and only signed-in callers may turn pagination
 * off or ask for `limit=0` or more (their list is then capped at MAX_LIST_LIMIT: the admin's own
 * screens send such limits). Bulk updates and
 * deletes keep `limit=0` ("all that match"): the admin sends it, and writes need credentials.
 */
function problemWith(args: Pagination, isList: boolean, isSignedIn: boolean): string | null {
  const { limit, page, depth, pagination } = args
  // The admin's own screens ask for `limit=0` and large limits; signed-in lists are capped below.
  const lowest = isList && !isSignedIn ? 1 : 0
  if (limit !== undefined && !(Number.isSafeInteger(limit) && Number(limit) >= lowest)) {
    return isList
      ? `limit must be a whole number from 1 to ${MAX_LIST_LIMIT}.`
      : 'limit must be a whole number, 0 or more.'
  }
  if (isList && Number(limit) > MAX_LIST_LIMIT && !isSignedIn) {
    return `limit must be a whole number from 1 to ${MAX_LIST_LIMIT}.`
  }
  if (isList && pagination === false && !isSignedIn) {
    return 'pagination=false is only for signed-in callers; page through with limit and page.'
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
  if (isSortWithEmptyField(args.sort)) {
    return 'sort must name one or more fields, each optionally starting with -.'
  }
  return null
}

export const refuseBadPaginationHook: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  // Local API callers are our own code; only what arrives over HTTP is checked.
  if (!isCallersQuery(req, args)) return args
  const isList = LIST_OPERATIONS.has(operation)
  const problem = problemWith(args as Pagination, isList, Boolean(req.user))
  if (problem) throw new APIError(problem, 400, null, true)
  const { limit, pagination } = args as Pagination
  const isUnbounded =
    (pagination === false && limit === undefined) || limit === 0 || Number(limit) > MAX_LIST_LIMIT
  // A signed-in caller's list is capped rather than refused: at most MAX_LIST_LIMIT documents.
  if (isList && isUnbounded) return { ...args, limit: MAX_LIST_LIMIT }
  return args
}
