import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from '@/platform/cache/revalidate'
import { tagsForArticleChange } from '@/platform/cache/tags'
import type { Article } from '@/payload-types'

const wasVisible = (doc: Article | null | undefined) => doc?._status === 'published'

/**
 * Publishing, editing, unpublishing or renaming a story updates its page and every list that
 * shows it. Drafts of unpublished stories are not on the site, so saving them clears nothing.
 */
export const revalidateArticle: CollectionAfterChangeHook<Article> = ({
  doc,
  previousDoc,
  req: { payload, context },
}) => {
  if (context.disableRevalidate) return doc
  if (wasVisible(doc) || wasVisible(previousDoc)) {
    revalidateTags(tagsForArticleChange(doc, previousDoc), payload.logger)
  }
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook<Article> = ({
  doc,
  req: { payload, context },
}) => {
  if (!context.disableRevalidate) revalidateTags(tagsForArticleChange(doc), payload.logger)
  return doc
}
