import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

import { ARTICLE_VIEWS, ARTICLES } from '@collections/slugs'

/**
 * MongoDB's half of the SQLite migration `20261202_003249_article_views`: counts that earlier
 * versions kept on the article (`views`, also in every stored version) move to the article's
 * row in `articleViews`, added to what has been counted there since. Each article's count is
 * added and then removed from the article, one article at a time, so running it again (it runs
 * at every start) moves nothing twice. Returns how many articles it moved.
 */
export async function moveLegacyViewCounts(payload: Payload): Promise<number> {
  if (payload.db.name !== 'mongoose') return 0
  // The adapters type themselves apart from the base type Payload exposes.
  const db = payload.db as unknown as MongooseAdapter
  const articles = db.collections[ARTICLES]?.collection
  const totals = db.collections[ARTICLE_VIEWS]?.collection
  const versions = db.versions[ARTICLES]?.collection
  if (!articles || !totals || !versions) throw new Error('The MongoDB adapter lacks view models')

  let moved = 0
  const legacy = articles.find({ views: { $exists: true } }, { projection: { views: 1 } })
  for await (const article of legacy) {
    const views = Number(article.views ?? 0)
    if (views > 0) {
      const now = new Date()
      await totals.updateOne(
        { article: article._id },
        { $inc: { total: views }, $set: { updatedAt: now }, $setOnInsert: { createdAt: now } },
        { upsert: true },
      )
      moved++
    }
    await articles.updateOne({ _id: article._id }, { $unset: { views: '' } })
  }
  // Old versions' counts are only stale copies: restoring one must not bring a field back.
  await versions.updateMany(
    { 'version.views': { $exists: true } },
    { $unset: { 'version.views': '' } },
  )
  return moved
}
