/** Collection slugs, used in `relationTo` and Local API calls so a rename is one edit. */
export const ARTICLES = 'articles'
export const AUTHORS = 'authors'
export const MEDIA = 'media'
export const USERS = 'users'
/** Hidden: views per article per day, for "most viewed this week". */
export const ARTICLE_VIEW_DAYS = 'articleViewDays'
