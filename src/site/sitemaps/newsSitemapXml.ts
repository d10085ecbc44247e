import escapeHTML from 'escape-html'

import { cachedDocument } from '@/platform/cache/cachedDocument'
import { listArticlesForNewsSitemap } from '@/site/sitemaps/sitemapReads'
import { articleUrl } from '@/articles/urls'

/** Google News sitemap: the section's stories published since `since` (an ISO time). */
export const newsSitemapXml = cachedDocument(async (since: string) => {
  const articles = await listArticlesForNewsSitemap(since)
  const entries = articles.map(
    (article) =>
      `<url><loc>${escapeHTML(articleUrl(article.slug))}</loc><news:news>` +
      `<news:publication><news:name>Dispatch</news:name><news:language>en</news:language></news:publication>` +
      `<news:publication_date>${escapeHTML(new Date(article.publishedAt ?? article.updatedAt).toISOString())}</news:publication_date>` +
      `<news:title>${escapeHTML(article.title)}</news:title></news:news></url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${entries.join('\n')}\n</urlset>\n`
}, 'news-sitemap')
