import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetOptimisedCopies } from '@collections/Media/optimisedCopies'
import type { Media } from '@/payload-types'

/** The picture's files (original and sizes) as the site's pages name them. */
const sitePaths = (media: Media): string[] =>
  [media.url, ...Object.values(media.sizes ?? {}).map((size) => size?.url)]
    .filter((url): url is string => Boolean(url))
    .map((url) => new URL(url, 'http://site').pathname)

const isPublic = (media: Media) =>
  Boolean(media.publicSince && new Date(media.publicSince).getTime() <= Date.now())

/**
 * The image optimiser keeps its resized copies of a picture for hours without asking the file
 * URL again. When the picture turns private (its stories unpublished), gets a new file, or is
 * deleted, those copies go, so readers stop getting a picture they may no longer see.
 */
export const forgetOptimisedPicturesOnChange: CollectionAfterChangeHook<Media> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !previousDoc) return doc
  const turnedPrivate = isPublic(previousDoc) && !isPublic(doc)
  if (turnedPrivate || req.file) {
    await forgetOptimisedCopies(sitePaths(previousDoc)).catch((err: unknown) =>
      req.payload.logger.error({ msg: 'Could not forget optimised copies of a picture', err }),
    )
  }
  return doc
}

export const forgetOptimisedPicturesOnDelete: CollectionAfterDeleteHook<Media> = async ({
  doc,
  req,
}) => {
  await forgetOptimisedCopies(sitePaths(doc)).catch((err: unknown) =>
    req.payload.logger.error({ msg: 'Could not forget optimised copies of a picture', err }),
  )
  return doc
}
