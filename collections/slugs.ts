/** Collection slugs, used in `relationTo` and Local API calls so a rename is one edit. */
export const ARTICLES = 'articles'
export const AUTHORS = 'authors'
export const MEDIA = 'media'
export const USERS = 'users'
/** Hidden: views per article per day, for "most viewed this week". */
export const ARTICLE_VIEW_DAYS = 'articleViewDays'
/** Hidden: each article's all-time view count, kept outside the article's versions. */
export const ARTICLE_VIEWS = 'articleViews'
/** Admin only: partners' webhook endpoints, with their signing secrets. */
export const WEBHOOK_ENDPOINTS = 'webhookEndpoints'
/** Admin only: one webhook event sent to one endpoint, with its attempts. */
export const WEBHOOK_DELIVERIES = 'webhookDeliveries'
/** Read-only: values the start-up repair moved out of documents, with what they held. */
export const REPAIRS = 'repairs'
/** Moved pages: old addresses of articles and authors, answered with 301 (plugin-redirects). */
export const REDIRECTS = 'redirects'
/** Timestamped updates of a live story (docs/security.md, "Live coverage"). */
export const LIVE_ENTRIES = 'liveEntries'
/** Hidden: expiring, revocable preview links an editor sends outside the newsroom. */
export const SHARE_LINKS = 'shareLinks'
