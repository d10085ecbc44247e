import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { ARTICLES } from '@collections/slugs'
import { WEBSITE_SECTION } from '@collections/Articles/sections'
import { imagesOfArticle } from '@collections/Media/visibility/imagesOfArticle'
import {
  imagesOfEntry,
  imagesOfLiveEntries,
} from '@collections/Media/visibility/imagesOfLiveEntries'
import { syncArticleImages } from '@collections/Media/visibility/syncArticleImages'
import type { LiveEntry } from '@/payload-types'

import { articleIdOf } from './storyOfEntry'

const imagesOf = (entry: LiveEntry | null | undefined) =>
  entry ? imagesOfEntry(entry) : new Set<string>()

/**
 * An entry's pictures are public while it is published on a story that is on the site, like the
 * story's own (docs/security.md, "Photos"): the story's set of pictures is worked out again.
 */
const syncImages = async (
  doc: LiveEntry,
  previousDoc: LiveEntry | null | undefined,
  req: Parameters<CollectionAfterChangeHook<LiveEntry>>[0]['req'],
) => {
  const articleId = articleIdOf(doc)
  if (!articleId) return
  const touched = [...imagesOf(doc), ...imagesOf(previousDoc)]
  if (touched.length === 0) return
  const story = await req.payload
    .findByID({
      collection: ARTICLES,
      id: articleId,
      draft: false,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null)
  const isOnSite = story?._status === 'published' && story.section === WEBSITE_SECTION
  const shows = isOnSite
    ? new Set([...imagesOfArticle(story), ...(await imagesOfLiveEntries(req, articleId))])
    : new Set<string>()
  await syncArticleImages(req, articleId, shows, touched)
}

export const syncEntryImages: CollectionAfterChangeHook<LiveEntry> = async ({
  doc,
  previousDoc,
  req,
}) => {
  await syncImages(doc, previousDoc, req)
  return doc
}

export const syncEntryImagesOnDelete: CollectionAfterDeleteHook<LiveEntry> = async ({
  doc,
  req,
}) => {
  await syncImages(doc, doc, req)
  return doc
}
