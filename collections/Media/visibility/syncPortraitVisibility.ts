import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Author } from '@/payload-types'

import { currentLinks } from './syncArticleImages'
import { refreshMediaVisibility } from './refreshMediaVisibility'

const avatarOf = (author: Author | null | undefined): string | undefined => {
  const avatar = author?.avatar
  return typeof avatar === 'string' ? avatar : (avatar?.id ?? undefined)
}

async function refreshPortraits(req: PayloadRequest, ...authors: (Author | undefined)[]) {
  const ids = new Set(authors.map(avatarOf).filter((id): id is string => Boolean(id)))
  for (const mediaId of ids)
    await refreshMediaVisibility(req, mediaId, await currentLinks(req, mediaId))
}

/** Author profiles are public, so their portraits are too; a replaced portrait may go private. */
export const syncPortraitVisibility: CollectionAfterChangeHook<Author> = async ({
  doc,
  previousDoc,
  req,
}) => {
  await refreshPortraits(req, doc, previousDoc)
  return doc
}

export const syncPortraitVisibilityOnDelete: CollectionAfterDeleteHook<Author> = async ({
  doc,
  req,
}) => {
  await refreshPortraits(req, doc)
  return doc
}
