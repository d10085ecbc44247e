import { sitemapPartXml } from '@/site/sitemaps/sitemapXml'
import { xmlResponse } from '@/site/sitemaps/xml'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ part: string }> }

/** One file of the sitemap index: `pages.xml` or `articles-N.xml`. */
export async function GET(_request: Request, { params }: Context) {
  const xml = await sitemapPartXml((await params).part.replace(/\.xml$/, ''))
  if (xml === null) return new Response('Not found', { status: 404 })
  return xmlResponse(xml)
}
