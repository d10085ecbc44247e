/**
 * How long cached reads may live without a change in the CMS. Publishing clears them at once;
 * this bound only matters for what no hook sees: a scheduled `publishedAt` coming due, and view
 * counts (which the page's counter refreshes live anyway).
 */
export const CACHE_SECONDS = 60
