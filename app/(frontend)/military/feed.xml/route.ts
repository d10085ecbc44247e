import { listMilitaryArticles } from '@/data/articles'
import { militaryFeed } from '@/feeds/militaryFeed'

// Built per request from the cached article list (the database is not there at build time).
export const dynamic = 'force-dynamic'

const FEED_SIZE = 20

export async function GET() {
  const { docs } = await listMilitaryArticles({ limit: FEED_SIZE })
  return new Response(militaryFeed(docs), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
