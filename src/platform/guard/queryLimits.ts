/**
 * The bounds on what one read may ask for, over REST and GraphQL alike (docs/reliability.md,
 * "Query parameters"). The content API has its own, lower, limits.
 */

/** Most documents one list returns; also what a caller without a `limit` may page by. */
export const MAX_LIST_LIMIT = 100

/** Most documents one GraphQL request may ask for across all its lists and aliases. */
export const GRAPHQL_MAX_DOCUMENTS = 500

/** Longest text a `like`, `contains` or comparison filter may carry. */
export const MAX_FILTER_TEXT = 500

/** Most values an `in`, `not_in` or `all` filter may list. */
export const MAX_FILTER_VALUES = 100
