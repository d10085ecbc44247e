import type { Payload } from 'payload'

import { WEBSITE_SECTION } from '@collections/Articles/sections'
import { ARTICLES } from '@collections/slugs'
import type { Article } from '@/payload-types'

/**
 * The article as an anonymous API caller would get it now (published, due, of the section), at
 * the content API's depth, uncached: an event must carry what was just saved.
 */
export async function readPublicArticle(payload: Payload, id: string): Promise<Article | null> {
  const { docs } = await payload.find({
    collection: ARTICLES,
    where: { and: [{ id: { equals: id } }, { section: { equals: WEBSITE_SECTION } }] },
    limit: 1,
    depth: 2,
    overrideAccess: false,
  })
  return docs[0] ?? null
}
