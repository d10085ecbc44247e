import { cachedDocument } from '@/platform/cache/cachedDocument'
import { absoluteUrl } from '@/articles/urls'

import { articleUrls, pageUrls, sitemapPartPath, sitemapParts } from './siteSitemap'
import { sitemapIndexXml, urlsetXml } from './xml'

/** `/sitemap.xml`: one urlset while the site fits in a file, else the index of its parts. */
export const siteSitemapXml = cachedDocument(async () => {
  const parts = await sitemapParts()
  if (!parts) return urlsetXml([...(await pageUrls()), ...(await articleUrls(1))])
  return sitemapIndexXml(parts.map((part) => ({ loc: absoluteUrl(sitemapPartPath(part)) })))
}, 'sitemap')

/** One file of the sitemap index (`pages` or `articles-N`), or null for a part that is not. */
export const sitemapPartXml = cachedDocument(async (part: string): Promise<string | null> => {
  const parts = (await sitemapParts()) ?? []
  if (!parts.includes(part)) return null
  if (part === 'pages') return urlsetXml(await pageUrls())
  return urlsetXml(await articleUrls(Number(part.replace('articles-', ''))))
}, 'sitemap-part')
