import { ARTICLES } from '@collections/slugs'
import { WEBSITE_SECTION } from '@collections/Articles/sections'
import { cached } from '@/platform/cache/cached'
import { TAGS } from '@/platform/cache/tags'

import { CACHE_SECONDS } from '@/platform/cache/cacheSeconds'
import { payload } from '@/platform/payload'

export type TagCount = { tag: string; count: number }

/** Tags in use by published articles of the section, most used first, then A–Z. */
export const listTags = cached(
  async (): Promise<TagCount[]> => {
    const client = await payload()
    const { docs } = await client.find({
      collection: ARTICLES,
      where: { section: { equals: WEBSITE_SECTION } },
      select: { tags: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    })
    const counts = new Map<string, number>()
    for (const doc of docs) {
      for (const tag of new Set(doc.tags ?? [])) counts.set(tag, (counts.get(tag) ?? 0) + 1)
    }
    return [...counts]
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
  },
  ['tags'],
  { tags: [TAGS.articleLists], revalidate: CACHE_SECONDS },
)
