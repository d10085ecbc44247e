import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { ARTICLES } from '@collections/slugs'
import { imagesOfArticle } from '@collections/Media/visibility/imagesOfArticle'
import { imagesOfLiveEntries } from '@collections/Media/visibility/imagesOfLiveEntries'
import { syncArticleImages } from '@collections/Media/visibility/syncArticleImages'
import type { Article } from '@/payload-types'

import { WEBSITE_SECTION } from '../sections'

/**
 * Pictures become public when a published website story shows them and private again when none
 * does (docs/security.md, "Photos"). A draft save leaves the published story as it was, so the
 * story's published row is read rather than the saved draft.
 */
export const syncMediaVisibility: CollectionAfterChangeHook<Article> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const published = await req.payload
    .findByID({
      collection: ARTICLES,
      id: doc.id,
      draft: false,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null)
  const isOnSite = published?._status === 'published' && published.section === WEBSITE_SECTION
  const shows = isOnSite
    ? new Set([...imagesOfArticle(published), ...(await imagesOfLiveEntries(req, String(doc.id)))])
    : new Set<string>()
  await syncArticleImages(req, String(doc.id), shows, [
    ...imagesOfArticle(previousDoc),
    ...imagesOfArticle(doc),
  ])
  return doc
}

export const syncMediaVisibilityOnDelete: CollectionAfterDeleteHook<Article> = async ({
  doc,
  req,
}) => {
  await syncArticleImages(req, String(doc.id), new Set(), imagesOfArticle(doc))
  return doc
}
