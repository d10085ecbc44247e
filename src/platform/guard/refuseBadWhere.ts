import type { CollectionBeforeOperationHook, Payload } from 'payload'
import { APIError } from 'payload'

import { isCallersQuery } from './isCallersQuery'
import { resolveQueryField } from './queryField'
import { whereProblem } from './whereProblem'

/** SQL adapters keep a table of the operators they can build; MongoDB's builds them all. */
function supportsOperator(payload: Payload, operator: string): boolean {
  const operators = (payload.db as { operators?: Record<string, unknown> }).operators
  return !operators || typeof operators[operator] === 'function'
}

/**
 * Payload checks a where clause's paths and operators, but hands the values to the database as
 * they come: a date that does not parse, `near` on a text field, `all` on SQLite or a nested
 * object as a value failed inside the adapter and answered 500. Every REST and GraphQL read,
 * count, bulk update and bulk delete is checked here against the collection's own field types,
 * after REST's query string and GraphQL's arguments (variables included) have become the same
 * object, so one check covers both doors. A 400 names the path.
 */
export const refuseBadWhereHook: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (!isCallersQuery(req, args) || !('where' in args)) return args
  const problem = whereProblem(args.where, {
    resolve: (path) => resolveQueryField(req.payload, collection, path),
    isSupported: (operator) => supportsOperator(req.payload, operator),
  })
  if (problem) throw new APIError(problem, 400, null, true)
  return args
}
