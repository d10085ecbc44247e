import {
  countArticlesForSitemap,
  listArticlesForSitemap,
  listAuthorsForSitemap,
} from '@/site/sitemaps/sitemapReads'
import { SECTION_PATH, absoluteUrl, articleUrl, authorPath, topicPath } from '@/articles/urls'
import { listTopics } from '@/articles/reads/topics'

import type { SitemapUrl } from './xml'
import { SITEMAP_LIMIT } from './xml'

export const sitemapPartPath = (part: string) => `/sitemaps/${part}.xml`

/** The section front, author pages and topic pages. */
export async function pageUrls(): Promise<SitemapUrl[]> {
  const [authors, newest, topics] = await Promise.all([
    listAuthorsForSitemap(),
    listArticlesForSitemap(1, 1),
    listTopics(),
  ])
  return [
    { loc: absoluteUrl(SECTION_PATH), lastmod: newest[0]?.updatedAt },
    ...authors.map((author) => ({
      loc: absoluteUrl(authorPath(author.slug)),
      lastmod: author.updatedAt,
    })),
    ...topics.map((topic) => ({ loc: absoluteUrl(topicPath(topic.slug)) })),
  ]
}

/** One file's worth of articles, newest first: page 1 is the newest 50,000. */
export async function articleUrls(page: number): Promise<SitemapUrl[]> {
  const articles = await listArticlesForSitemap(page, SITEMAP_LIMIT)
  return articles.map((article) => ({ loc: articleUrl(article.slug), lastmod: article.updatedAt }))
}

/**
 * Up to 50,000 URLs the site is one sitemap; beyond that, a sitemap index of a pages file and
 * article files of 50,000 each (`null` parts = serve everything as one urlset).
 */
export async function sitemapParts(): Promise<string[] | null> {
  const [articles, pages] = await Promise.all([countArticlesForSitemap(), pageUrls()])
  if (articles + pages.length <= SITEMAP_LIMIT) return null
  const articleFiles = Math.ceil(articles / SITEMAP_LIMIT)
  return ['pages', ...Array.from({ length: articleFiles }, (_, i) => `articles-${i + 1}`)]
}
