import { articleUrls, pageUrls, sitemapParts } from '@/sitemap/siteSitemap'
import { urlsetXml, xmlResponse } from '@/sitemap/xml'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ part: string }> }

/** One file of the sitemap index: `pages.xml` or `articles-N.xml`. */
export async function GET(_request: Request, { params }: Context) {
  const part = (await params).part.replace(/\.xml$/, '')
  const parts = (await sitemapParts()) ?? []
  if (!parts.includes(part)) return new Response('Not found', { status: 404 })
  if (part === 'pages') return xmlResponse(urlsetXml(await pageUrls()))
  return xmlResponse(urlsetXml(await articleUrls(Number(part.replace('articles-', '')))))
}
