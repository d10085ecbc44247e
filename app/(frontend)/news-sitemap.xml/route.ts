import escapeHTML from 'escape-html'

import { listArticlesForNewsSitemap } from '@/data/sitemap'
import { xmlResponse } from '@/sitemap/xml'
import { articleUrl } from '@/urls'

export const dynamic = 'force-dynamic'

const TWO_DAYS_MS = 48 * 60 * 60 * 1000

/** Google News sitemap: Military stories published in the last 48 hours. */
export async function GET() {
  // Rounded to the minute so the cached read is shared by a minute's requests.
  const since = new Date(Math.floor((Date.now() - TWO_DAYS_MS) / 60_000) * 60_000).toISOString()
  const articles = await listArticlesForNewsSitemap(since)
  const entries = articles.map(
    (article) =>
      `<url><loc>${escapeHTML(articleUrl(article.slug))}</loc><news:news>` +
      `<news:publication><news:name>Dispatch</news:name><news:language>en</news:language></news:publication>` +
      `<news:publication_date>${escapeHTML(new Date(article.publishedAt ?? article.updatedAt).toISOString())}</news:publication_date>` +
      `<news:title>${escapeHTML(article.title)}</news:title></news:news></url>`,
  )
  return xmlResponse(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${entries.join('\n')}\n</urlset>\n`,
  )
}
