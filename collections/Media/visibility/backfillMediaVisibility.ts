import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { ARTICLES, AUTHORS } from '@collections/slugs'
import { WEBSITE_SECTION } from '@collections/Articles/sections'

import { imagesOfArticle } from './imagesOfArticle'
import { currentLinks, syncArticleImages } from './syncArticleImages'
import { refreshMediaVisibility } from './refreshMediaVisibility'

const PAGE = 100

/**
 * Works out `publishedIn` and `publicSince` for pictures stored before the article hooks kept
 * them: every published website story and every author portrait, a page at a time. Safe to
 * repeat. Run by the SQLite migration and by `npm run media:sync-visibility` (MongoDB).
 */
export async function backfillMediaVisibility(
  payload: Payload,
  req?: PayloadRequest,
): Promise<{ stories: number; portraits: number }> {
  const request = req ?? (await createLocalReq({}, payload))
  let stories = 0
  for (let page = 1; ; page++) {
    const batch = await payload.find({
      collection: ARTICLES,
      where: {
        and: [{ _status: { equals: 'published' } }, { section: { equals: WEBSITE_SECTION } }],
      },
      depth: 0,
      page,
      limit: PAGE,
      sort: 'createdAt',
      select: { heroImage: true, meta: true, body: true },
      overrideAccess: true,
      req: request,
    })
    for (const story of batch.docs) {
      await syncArticleImages(request, String(story.id), imagesOfArticle(story))
      stories++
    }
    if (!batch.hasNextPage) break
  }
  const authors = await payload.find({
    collection: AUTHORS,
    where: { avatar: { exists: true } },
    depth: 0,
    pagination: false,
    select: { avatar: true },
    overrideAccess: true,
    req: request,
  })
  let portraits = 0
  for (const author of authors.docs) {
    const mediaId = typeof author.avatar === 'string' ? author.avatar : author.avatar?.id
    if (!mediaId) continue
    await refreshMediaVisibility(request, mediaId, await currentLinks(request, mediaId))
    portraits++
  }
  return { stories, portraits }
}
