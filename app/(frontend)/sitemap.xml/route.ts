import { siteSitemapXml } from '@/sitemap/sitemapXml'
import { xmlResponse } from '@/sitemap/xml'

// Next.js's sitemap convention cannot switch between one file and an index by size, so these
// routes write the XML themselves (src/sitemap), cached as finished documents.
export const dynamic = 'force-dynamic'

export async function GET() {
  return xmlResponse(await siteSitemapXml())
}
