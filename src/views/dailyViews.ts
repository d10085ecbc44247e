import { randomUUID } from 'node:crypto'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { ObjectId } from 'mongodb'
import type { Payload } from 'payload'

import { ARTICLE_VIEW_DAYS } from '@collections/slugs'

/** Views are counted per UTC day: "2026-11-26". */
export const viewDay = (date = new Date()) => date.toISOString().slice(0, 10)

const TABLE = 'article_view_days'

const isDuplicateKey = (err: unknown) =>
  typeof err === 'object' && err !== null && 'code' in err && err.code === 11000

function mongoModel(payload: Payload) {
  // The adapters type themselves apart from the base type Payload exposes.
  const model = (payload.db as unknown as MongooseAdapter).collections[ARTICLE_VIEW_DAYS]
  if (!model) throw new Error('The MongoDB adapter has no model for article view days')
  return model
}

/**
 * Adds one view to today's row for the article, creating the row on the day's first view, in one
 * atomic statement (an upsert with $inc on MongoDB, INSERT … ON CONFLICT on SQLite), so
 * concurrent views all count. Call it where a view is counted, after `incrementViews`.
 */
export async function recordDailyView(
  payload: Payload,
  articleId: string,
  date = new Date(),
): Promise<void> {
  const day = viewDay(date)
  const now = date.toISOString()
  if (payload.db.name === 'mongoose') {
    if (!ObjectId.isValid(articleId)) return
    const model = mongoModel(payload)
    const filter = { article: new ObjectId(articleId), day }
    const change = {
      $inc: { views: 1 },
      $set: { updatedAt: date },
      $setOnInsert: { createdAt: date },
    }
    try {
      await model.updateOne(filter, change, { upsert: true, timestamps: false })
    } catch (err) {
      // Two first views of the day raced to insert: the row exists now, so add to it.
      if (!isDuplicateKey(err)) throw err
      await model.updateOne(filter, change, { timestamps: false })
    }
    return
  }
  const { client } = payload.db as unknown as SQLiteAdapter
  await client.execute({
    sql: `INSERT INTO ${TABLE} (id, article_id, day, views, updated_at, created_at)
          VALUES (?, ?, ?, 1, ?, ?)
          ON CONFLICT (article_id, day) DO UPDATE SET views = views + 1, updated_at = excluded.updated_at`,
    args: [randomUUID(), articleId, day, now, now],
  })
}

export type ArticleViews = { article: string; views: number }

/** The most viewed articles over the last `days` days, today included, most views first. */
export async function mostViewedSince(
  payload: Payload,
  { days = 7, limit = 5, now = new Date() } = {},
): Promise<ArticleViews[]> {
  const since = viewDay(new Date(now.getTime() - (days - 1) * 24 * 60 * 60 * 1000))
  if (payload.db.name === 'mongoose') {
    const rows = await mongoModel(payload).aggregate<{ _id: unknown; views: number }>([
      { $match: { day: { $gte: since } } },
      { $group: { _id: '$article', views: { $sum: '$views' } } },
      { $sort: { views: -1 } },
      { $limit: limit },
    ])
    return rows.map((row) => ({ article: String(row._id), views: Number(row.views) }))
  }
  const { client } = payload.db as unknown as SQLiteAdapter
  const { rows } = await client.execute({
    sql: `SELECT article_id AS article, SUM(views) AS views FROM ${TABLE}
          WHERE day >= ? AND article_id IS NOT NULL
          GROUP BY article_id ORDER BY views DESC LIMIT ?`,
    args: [since, limit],
  })
  return rows.map((row) => ({ article: String(row.article), views: Number(row.views) }))
}
