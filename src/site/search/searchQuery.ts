/** The longest search the site runs: the search box allows this many characters too. */
export const SEARCH_QUERY_MAX = 200

/** A reader's search words as the site runs them: trimmed and at most 200 characters. */
export const normaliseSearchQuery = (raw: string | undefined): string =>
  (raw ?? '').trim().slice(0, SEARCH_QUERY_MAX)
