import type { PayloadRequest } from 'payload'

import { LIVE_ENTRIES } from '@collections/slugs'
import type { LiveEntry } from '@/payload-types'

import { imagesOfArticle } from './imagesOfArticle'

/**
 * Pictures the published entries of a live story show (each entry's picture and any in its
 * text): they are part of the story's page, so they are public exactly when the story is.
 */
export async function imagesOfLiveEntries(
  req: PayloadRequest,
  articleId: string,
): Promise<Set<string>> {
  const { docs } = await req.payload.find({
    collection: LIVE_ENTRIES,
    where: { and: [{ article: { equals: articleId } }, { status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    select: { image: true, body: true },
    overrideAccess: true,
    req,
  })
  const found = new Set<string>()
  for (const entry of docs) for (const id of imagesOfEntry(entry)) found.add(id)
  return found
}

/** An entry's picture and any picture in its text. */
export function imagesOfEntry(entry: Pick<LiveEntry, 'image' | 'body'>): Set<string> {
  // An entry has no hero: its own picture stands in that place ('' when it has none).
  return imagesOfArticle({ heroImage: entry.image ?? '', body: entry.body })
}
