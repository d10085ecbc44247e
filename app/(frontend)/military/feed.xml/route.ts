import { sectionFeedXml } from '@/site/feed/sectionFeedXml'

// Built at request time from the cache (the database is not there at build time).
export const dynamic = 'force-dynamic'

export async function GET() {
  return new Response(await sectionFeedXml(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
