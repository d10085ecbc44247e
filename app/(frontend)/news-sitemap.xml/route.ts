import { newsSitemapXml } from '@/site/sitemaps/newsSitemapXml'
import { xmlResponse } from '@/site/sitemaps/xml'

export const dynamic = 'force-dynamic'

const TWO_DAYS_MS = 48 * 60 * 60 * 1000

/** Google News sitemap: the section's stories published in the last 48 hours. */
export async function GET() {
  // Rounded to the minute so one minute's requests share the cached document.
  const since = new Date(Math.floor((Date.now() - TWO_DAYS_MS) / 60_000) * 60_000).toISOString()
  return xmlResponse(await newsSitemapXml(since))
}
