import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { ObjectId } from 'mongodb'
import type { Payload } from 'payload'

import { ARTICLES } from '@collections/slugs'

/**
 * Adds one view in a single atomic statement in the database ($inc on MongoDB, views = views + 1
 * on SQLite), so concurrent readers never overwrite each other's counts. It goes around Payload's
 * update on purpose: `views` is read-only to every caller, and a full update would also create
 * a version and run the article's hooks for every page view. Returns false for an unknown id.
 */
export async function incrementViews(payload: Payload, articleId: string): Promise<boolean> {
  // The adapters type themselves apart from the base type Payload exposes.
  if (payload.db.name === 'mongoose') {
    const model = (payload.db as unknown as MongooseAdapter).collections[ARTICLES]
    if (!model) throw new Error('The MongoDB adapter has no model for articles')
    if (!ObjectId.isValid(articleId)) return false
    const result = await model.updateOne(
      { _id: articleId },
      { $inc: { views: 1 } },
      // A view is not an edit: updatedAt stays the time of the last change.
      { timestamps: false },
    )
    return result.matchedCount === 1
  }
  const { client } = payload.db as unknown as SQLiteAdapter
  const result = await client.execute({
    sql: `UPDATE ${ARTICLES} SET views = COALESCE(views, 0) + 1 WHERE id = ?`,
    args: [articleId],
  })
  return result.rowsAffected === 1
}
