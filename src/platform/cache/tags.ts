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
} as const

/**
 * Tags for a whole generated document (feed, sitemap, content API answer) built from articles,
 * authors and media: any change to one of those clears at least one of them.
 */
export const CONTENT_TAGS = [TAGS.articleLists, TAGS.authors, TAGS.media]

type ArticleLike = Pick<Article, 'slug'>

/** What to clear when an article changes: its page (under its old and new slug) and every list. */
export function tagsForArticleChange(doc: ArticleLike, previous?: ArticleLike | null): string[] {
  const slugs = new Set([doc.slug, previous?.slug].filter((s): s is string => Boolean(s)))
  return [TAGS.articleLists, ...[...slugs].map(TAGS.article)]
}
