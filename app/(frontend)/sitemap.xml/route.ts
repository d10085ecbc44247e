import { articleUrls, pageUrls, sitemapPartPath, sitemapParts } from '@/sitemap/siteSitemap'
import { sitemapIndexXml, urlsetXml, xmlResponse } from '@/sitemap/xml'
import { absoluteUrl } from '@/urls'

// Next.js's sitemap convention cannot switch between one file and an index by size, so these
// routes write the (small) XML themselves; the data comes from the cached, tagged reads.
export const dynamic = 'force-dynamic'

export async function GET() {
  const parts = await sitemapParts()
  if (!parts) return xmlResponse(urlsetXml([...(await pageUrls()), ...(await articleUrls(1))]))
  return xmlResponse(
    sitemapIndexXml(parts.map((part) => ({ loc: absoluteUrl(sitemapPartPath(part)) }))),
  )
}
