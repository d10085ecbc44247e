import { randomUUID } from 'node:crypto'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { ObjectId } from 'mongodb'
import type { Payload } from 'payload'

import { ARTICLE_VIEWS, ARTICLES } from '@collections/slugs'

const TABLE = 'article_views'

const isDuplicateKey = (err: unknown) =>
  typeof err === 'object' && err !== null && 'code' in err && err.code === 11000

function mongoModel(payload: Payload, slug: string) {
  // The adapters type themselves apart from the base type Payload exposes.
  const model = (payload.db as unknown as MongooseAdapter).collections[slug]
  if (!model) throw new Error(`The MongoDB adapter has no model for ${slug}`)
  return model
}

async function incrementOnMongo(payload: Payload, articleId: string): Promise<number | null> {
  if (!ObjectId.isValid(articleId)) return null
  const article = new ObjectId(articleId)
  if ((await mongoModel(payload, ARTICLES).countDocuments({ _id: article })) === 0) return null
  const model = mongoModel(payload, ARTICLE_VIEWS)
  const now = new Date()
  const increment = async () => {
    const row = await model
      .findOneAndUpdate(
        { article },
        { $inc: { total: 1 }, $set: { updatedAt: now }, $setOnInsert: { createdAt: now } },
        { upsert: true, new: true, timestamps: false },
      )
      .lean<{ total?: number }>()
    return Number(row?.total ?? 0)
  }
  try {
    return await increment()
  } catch (err) {
    // Two first views raced to insert the row: it exists now, so add to it.
    if (!isDuplicateKey(err)) throw err
    return increment()
  }
}

async function incrementOnSqlite(payload: Payload, articleId: string): Promise<number | null> {
  const { client } = payload.db as unknown as SQLiteAdapter
  const now = new Date().toISOString()
  // Selecting from articles inserts nothing for an unknown id; WHERE keeps SQLite's upsert
  // grammar unambiguous after a SELECT.
  const { rows } = await client.execute({
    sql: `INSERT INTO ${TABLE} (id, article_id, total, updated_at, created_at)
          SELECT ?, id, 1, ?, ? FROM ${ARTICLES} WHERE id = ?
          ON CONFLICT (article_id) DO UPDATE SET total = total + 1, updated_at = excluded.updated_at
          RETURNING total`,
    args: [randomUUID(), now, now, articleId],
  })
  const total = rows[0]?.total
  return total === undefined || total === null ? null : Number(total)
}

/**
 * Adds one view to the article's count in a single atomic statement ($inc upsert on MongoDB,
 * INSERT … ON CONFLICT on SQLite), so concurrent readers never overwrite each other's counts,
 * and returns the new total (null for an unknown article). The count lives in its own
 * collection, not on the versioned article: no edit, publish or restore can write over it, and a
 * view creates no version and leaves the article's updatedAt alone.
 */
export async function incrementViews(payload: Payload, articleId: string): Promise<number | null> {
  return payload.db.name === 'mongoose'
    ? incrementOnMongo(payload, articleId)
    : incrementOnSqlite(payload, articleId)
}
