import type { Article } from '@/payload-types'

/**
 * Every cache tag the site uses, built in one place: the data fetchers tag what they cache with
 * these, and the collection hooks clear them, so the two cannot drift apart.
 */
export const TAGS = {
  /** Any list of articles: fronts, author pages, search, related stories, feed, sitemaps, tags. */
  articleLists: 'articles',
  /** One article's page data, by slug. */
  article: (slug: string) => `article:${slug}`,
  /** Author profiles as shown in bylines, author pages and the content API. */
  authors: 'authors',
  /** Media as shown anywhere (hero images, avatars). */
  media: 'media',
  /** Every live page's entries, as feeds and content API answers show them. */
  liveEntries: 'live-entries',
  /** One live page's entries, by the story's slug. */
  articleEntries: (slug: string) => `live-entries:${slug}`,
} as const

/**
 * Tags for a whole generated document (feed, sitemap, content API answer) built from articles,
 * authors and media: any change to one of those clears at least one of them.
 */
export const CONTENT_TAGS = [TAGS.articleLists, TAGS.authors, TAGS.media, TAGS.liveEntries]

type ArticleLike = Pick<Article, 'slug'>

/** What to clear when an article changes: its page (under its old and new slug) and every list. */
export function tagsForArticleChange(doc: ArticleLike, previous?: ArticleLike | null): string[] {
  const slugs = new Set([doc.slug, previous?.slug].filter((s): s is string => Boolean(s)))
  return [TAGS.articleLists, ...[...slugs].map(TAGS.article)]
}

/** What to clear when a live entry changes: its page's entries and the documents that list them. */
export function tagsForLiveEntryChange(articleSlug: string): string[] {
  return [TAGS.liveEntries, TAGS.articleEntries(articleSlug)]
}
