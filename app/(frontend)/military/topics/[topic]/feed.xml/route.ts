import { parseTopicSlug } from '@/articles/topicSlug'
import { topicFeedXml } from '@/site/feed/topicFeedXml'

// Built at request time from the cache (the database is not there at build time).
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ topic: string }> }

export async function GET(_request: Request, { params }: Context) {
  const slug = parseTopicSlug((await params).topic)
  const xml = slug ? await topicFeedXml(slug) : null
  if (xml === null) return new Response('Not found', { status: 404 })
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
