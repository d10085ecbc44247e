import { siteSitemapXml } from '@/site/sitemaps/sitemapXml'
import { xmlResponse } from '@/site/sitemaps/xml'

// Next.js's sitemap convention cannot switch between one file and an index by size, so these
// routes write the XML themselves (src/site/sitemaps), cached as finished documents.
export const dynamic = 'force-dynamic'

export async function GET() {
  return xmlResponse(await siteSitemapXml())
}
