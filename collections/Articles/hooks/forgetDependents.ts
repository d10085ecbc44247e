import type { CollectionBeforeDeleteHook } from 'payload'

import { ARTICLE_VIEW_DAYS, ARTICLE_VIEWS, LIVE_ENTRIES, SHARE_LINKS } from '../../slugs'

/** Everything that belongs to one story and means nothing without it. */
const DEPENDENTS = [ARTICLE_VIEW_DAYS, ARTICLE_VIEWS, LIVE_ENTRIES, SHARE_LINKS] as const

/**
 * A deleted story leaves nothing behind: its view counts, its live entries and its share links go
 * first, since their rows point at it (on SQLite the delete answered 500 while they did, and a
 * share link kept showing the draft).
 */
export const forgetDependents: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const where = { article: { equals: id } }
  for (const collection of DEPENDENTS) {
    await req.payload.db.deleteMany({ collection, where, req })
  }
}
