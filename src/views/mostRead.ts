import { ARTICLES } from '@collections/slugs'
import { WEBSITE_SECTION } from '@collections/Articles/sections'
import { cached } from '@/platform/cache/cached'
import { TAGS } from '@/platform/cache/tags'
import { payload } from '@/platform/payload'

import { mostViewedSince } from './dailyViews'

/** How many stories the front's "Most read" lists. */
export const MOST_READ_SIZE = 5

/**
 * Views change with every reader and clear no cache, so the ranking may be this old; a publish,
 * edit or unpublish (which clears every article list) refreshes it at once.
 */
export const MOST_READ_SECONDS = 300

/** The daily counts cover every article; ask for more than we show, as some are not public. */
const CANDIDATES = MOST_READ_SIZE * 4

export type MostReadStory = { id: string; slug: string; title: string; views: number }

/**
 * The section's most read published stories over the last 7 days (today included), most views
 * first. The ranking comes from the daily counts the desk keeps; which of those stories readers
 * may see is decided by the same anonymous access every public read uses.
 */
export async function queryMostRead({ now = new Date() } = {}): Promise<MostReadStory[]> {
  const client = await payload()
  const ranked = await mostViewedSince(client, { days: 7, limit: CANDIDATES, now })
  if (ranked.length === 0) return []
  const { docs } = await client.find({
    collection: ARTICLES,
    where: {
      and: [
        { id: { in: ranked.map((row) => row.article) } },
        { section: { equals: WEBSITE_SECTION } },
      ],
    },
    select: { slug: true, title: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  const stories = new Map(docs.map((doc) => [String(doc.id), doc]))
  return ranked
    .flatMap(({ article, views }) => {
      const story = stories.get(article)
      return story ? [{ id: String(story.id), slug: story.slug, title: story.title, views }] : []
    })
    .slice(0, MOST_READ_SIZE)
}

/** `queryMostRead` as the front reads it: cached with the article lists, for a few minutes. */
export const listMostRead = cached(() => queryMostRead(), ['most-read'], {
  tags: [TAGS.articleLists],
  revalidate: MOST_READ_SECONDS,
})
