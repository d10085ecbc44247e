import type { CollectionBeforeDeleteHook } from 'payload'

import { ARTICLE_VIEW_DAYS } from '../../slugs'

/** A deleted story leaves no daily view counts behind (before: the rows point at it). */
export const forgetViewDays: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({
    collection: ARTICLE_VIEW_DAYS,
    where: { article: { equals: id } },
    req,
  })
}
