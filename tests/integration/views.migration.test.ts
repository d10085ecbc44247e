import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'
import { drizzle } from 'drizzle-orm/libsql'
import { ObjectId } from 'mongodb'
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { ARTICLE_VIEWS, ARTICLES } from '@collections/slugs'
import { env } from '@/platform/env'
import { down, up } from '@/platform/database/migrations/20261202_003249_article_views'
import { incrementViews } from '@/views/incrementViews'
import { moveLegacyViewCounts } from '@/views/moveLegacyViewCounts'

import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures } = await setupNewsroom()

const viewsOf = async (id: string) =>
  (await payload.findByID({ collection: ARTICLES, id, depth: 0 })).views

/**
 * SQLite: the migration down (the count back on the article), checked, then up again (the count
 * in article_views). It runs on a copy of the database: going down rebuilds the locks table as it
 * was then, which would take later migrations' columns away from the other test files.
 */
async function roundTripOnSqlite(articleId: string, views: number) {
  const copy = path.join(os.tmpdir(), `dispatch-views-migration-${process.pid}-${Date.now()}.db`)
  await (payload.db as unknown as SQLiteAdapter).drizzle.run(sql.raw(`VACUUM INTO '${copy}'`))
  const client = createClient({ url: `file:${copy}` })
  try {
    const db = drizzle(client) as unknown as Parameters<typeof down>[0]['db']
    const req = await createLocalReq({}, payload)
    await down({ db, payload, req })
    const [row] = await db.all<{ views: number }>(
      sql`SELECT views FROM articles WHERE id = ${articleId}`,
    )
    expect(Number(row?.views)).toBe(views)
    await up({ db, payload, req })
    const [left] = await db.all<{ name: string }>(
      sql`SELECT name FROM pragma_table_info('articles') WHERE name = 'views'`,
    )
    expect(left).toBeUndefined()
    const [moved] = await db.all<{ total: number }>(
      sql`SELECT total FROM article_views WHERE article_id = ${articleId}`,
    )
    expect(Number(moved?.total)).toBe(views)
  } finally {
    client.close()
    rmSync(copy, { force: true })
  }
}

/** MongoDB: the count as an earlier version stored it, on the article, then moved at start. */
async function moveOnMongo(articleId: string, views: number) {
  const db = payload.db as unknown as MongooseAdapter
  const _id = new ObjectId(articleId)
  await db.collections[ARTICLE_VIEWS]?.collection.deleteMany({ article: _id })
  await db.collections[ARTICLES]?.collection.updateOne({ _id }, { $set: { views } })
  expect(await moveLegacyViewCounts(payload)).toBeGreaterThanOrEqual(1)
  const stored = await db.collections[ARTICLES]?.collection.findOne({ _id })
  expect(stored).not.toHaveProperty('views')
  // Run again at the next start: nothing is moved twice.
  await moveLegacyViewCounts(payload)
}

describe(`moving view counts off the article (${env.database.kind})`, () => {
  it('should carry every existing count over to the article-views collection', async () => {
    const article = await fixtures.article()
    const views = 12
    for (let view = 0; view < views; view++) await incrementViews(payload, article.id)
    if (env.database.kind === 'sqlite') await roundTripOnSqlite(article.id, views)
    else await moveOnMongo(article.id, views)
    expect(await viewsOf(article.id)).toBe(views)
    expect(await incrementViews(payload, article.id)).toBe(views + 1)
  })
})
